"""Hard negatives and everyday lines for the message-level classifier (written by us).

    python scripts/make_messages.py        # imports generate() from here and writes the sets

Self-check (prints a short summary of counts):

    python scripts/messages_negatives.py

`generate(rng)` returns rows {"text", "labels": [], "kind", "speaker", "family"}:
  - kind "hard_negative": messages from the people children really talk to (parents, relatives,
    teachers, coaches, tutors, club leaders, friends, same-age partners, ...) that LOOK like one
    of the 11 grooming behaviours but are innocent in context (the "innocent look-alike" column
    of shared/DOMAIN.md). The family id says which look-alike: "neg/<label>/<name>".
  - kind "neutral": ordinary chat about games, school, food, weather, music, shows, sport, pets
    and plans. Family id "neu/<topic>/<name>".
A family is one small group of templates filled from slot lists (names, times, places, clubs,
games, subjects, British/American wording, emoji, lowercase slang, typos). make_messages.py puts
whole families in train or test, so there are many small families. Stdlib only; all randomness
comes from the rng passed in, and only lists are iterated, so the output is deterministic.
"""

from __future__ import annotations

import random
import re

__all__ = ["FAMILIES", "SPEAKERS", "generate"]

# ---- defaults ---------------------------------------------------------------------------
LINES_PER_FAMILY = (20, 34)  # distinct lines wanted per family (inclusive range)
ATTEMPTS_PER_LINE = 40  # slot fills tried per wanted line before a family gives up
UK_SHARE = 0.55  # share of lines in British wording (mum, maths, £); the rest American
KID_SLANG = 0.45  # chance a child/teen speaker's line is lowercased netspeak
ADULT_CASUAL = 0.15  # chance an adult's line is lowercased
EMOJI_RATE = 0.22  # chance of a trailing emoji
TYPO_RATE = 0.06  # chance of one swapped-letter typo (child/teen speakers only)

SPEAKERS = (
    "parent", "grandparent", "teacher", "coach", "tutor", "club_leader", "older_sibling",
    "cousin", "aunt_uncle", "school_friend", "gaming_friend", "teen_partner", "babysitter",
    "neighbour", "family_friend", "peer", "adult_everyday",
)
YOUNG = frozenset({"older_sibling", "cousin", "school_friend", "gaming_friend", "teen_partner", "peer"})

KID_EMOJI = ["😂", "😭", "🔥", "💀", "👀", "🙌", "❤️", "😊", "👍", "🎉", "😅", "🤣", "✨", "🥺", "😎"]
ADULT_EMOJI = ["😊", "👍", "🎉", "❤️", "🙂", "😀", "👏", "x", "xx"]

# Slot values shared by every family; a family's own slots take precedence.
COMMON: dict[str, list[str]] = {
    "name": ["Maya", "Leo", "Aisha", "Tom", "Priya", "Jake", "Zara", "Ollie", "Sophie", "Ethan",
             "Amara", "Noah", "Chloe", "Mo", "Lily", "Kai", "Ava", "Sam", "Isla", "Ben", "Jayden",
             "Mia", "Ruby", "Dev", "Hana", "Lucas", "Freya", "Omar", "Grace", "Finn"],
    "teacher": ["Mr Patel", "Ms Okafor", "Mrs Hughes", "Mr Davies", "Miss Khan", "Ms Rivera",
                "Mr Novak", "Mrs Chen", "Mr Adeyemi", "Miss Walsh"],
    "day": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
            "tomorrow", "Saturday morning", "next week"],
    "weekday": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "time": ["3pm", "3:15", "3:30", "4", "4:30", "5", "5:30", "6", "6:15", "7", "10am", "9:30"],
    "club": ["drama club", "chess club", "coding club", "choir", "band practice", "art club",
             "robotics", "debate club", "dance", "the book club", "orchestra", "Scouts"],
    "sport": ["netball", "basketball", "swimming", "hockey", "rugby", "tennis", "gymnastics",
              "volleyball", "badminton", "athletics"],
    "game": ["Minecraft", "Fortnite", "Roblox", "Rocket League", "Mario Kart", "Among Us",
             "Valorant", "Animal Crossing", "Overwatch", "Apex", "Splatoon", "Zelda", "FC 25"],
    "subject": ["science", "history", "geography", "English", "French", "Spanish", "art",
                "music", "biology", "chemistry", "physics", "computing"],
    "food": ["pizza", "tacos", "pasta", "nuggets", "curry", "burgers", "sushi", "pancakes",
             "noodles", "lasagne", "fajitas"],
    "show": ["Stranger Things", "Bluey", "Wednesday", "One Piece", "Percy Jackson",
             "Avatar", "The Bake Off", "Heartstopper", "Wild Kratts", "Doctor Who"],
    "artist": ["Taylor Swift", "Olivia Rodrigo", "Stormzy", "Dua Lipa", "Billie Eilish", "BTS",
               "Sabrina Carpenter", "Ed Sheeran", "Central Cee", "Chappell Roan"],
    "pet": ["dog", "cat", "hamster", "rabbit", "guinea pig", "puppy", "kitten", "tortoise"],
    "petname": ["Biscuit", "Luna", "Max", "Pepper", "Milo", "Nala", "Bear", "Daisy", "Oreo"],
    "sib": ["brother", "sister"],
    "place": ["the park", "the library", "the leisure centre", "the school gates",
              "the front office", "the pool", "the bus stop", "the shopping centre",
              "the sports hall", "the community centre"],
    "item": ["water bottle", "lunchbox", "hoodie", "charger", "library book", "calculator",
             "pencil case", "coat", "headphones", "house key"],
    "subj_topic": ["volcanoes", "the Romans", "fractions", "photosynthesis", "the water cycle",
                   "World War Two", "persuasive writing", "the solar system", "electricity",
                   "rivers", "poetry", "the Tudors"],
}
UK: dict[str, list[str]] = {
    "mum": ["mum", "mum", "mam"], "Mum": ["Mum"], "dad": ["dad"], "Dad": ["Dad"],
    "gran": ["gran", "nan", "nana", "grandma"], "Gran": ["Gran", "Nan", "Nana", "Grandma"],
    "grandad": ["grandad", "grandpa"], "football": ["football"], "maths": ["maths"],
    "money": ["£5", "£10", "£20", "£15", "£25"], "bigmoney": ["£20", "£30", "£50"],
    "year": ["year 7", "year 8", "year 9", "year 6", "year 10"],
    "yearno": ["7", "8", "9", "6", "10"],
    "biscuit": ["biscuit", "chocolate biscuit", "jaffa cake", "cookie"],
    "trainers": ["trainers"], "holiday": ["holiday", "half term"], "term": ["term"],
    "sweets": ["sweets"], "form": ["consent form", "permission slip", "reply slip"],
    "jumper": ["jumper"], "pe": ["PE"], "break": ["break", "lunch"], "film": ["film"],
    "lift": ["lift"], "revise": ["revise"], "tea": ["tea", "dinner"], "mobile": ["phone"],
    "uniform": ["school uniform", "new blazer"], "shop": ["Tesco", "the corner shop", "Boots"],
    "cur": ["£"], "rec": ["the rec", "the park"], "half": ["half 3", "half 4", "half 5"],
    "topup": ["topped up your phone", "put credit on your phone"],
    "pudding": ["pudding", "dessert"], "garden": ["garden"],
}
US: dict[str, list[str]] = {
    "mum": ["mom"], "Mum": ["Mom"], "dad": ["dad"], "Dad": ["Dad"],
    "gran": ["grandma", "nana", "granny"], "Gran": ["Grandma", "Nana", "Granny"],
    "grandad": ["grandpa", "pop pop"], "football": ["soccer"], "maths": ["math"],
    "money": ["$5", "$10", "$20", "$15", "$25"], "bigmoney": ["$20", "$30", "$50"],
    "year": ["6th grade", "7th grade", "8th grade", "9th grade", "5th grade"],
    "yearno": ["6th", "7th", "8th", "5th", "9th"],
    "biscuit": ["cookie", "oreo", "brownie"], "trainers": ["sneakers"],
    "holiday": ["vacation", "spring break"], "term": ["semester"], "sweets": ["candy"],
    "form": ["permission slip", "consent form"], "jumper": ["sweater"], "pe": ["gym"],
    "break": ["recess", "lunch"], "film": ["movie"], "lift": ["ride"], "revise": ["study"],
    "tea": ["dinner", "supper"], "mobile": ["phone", "cell"],
    "uniform": ["school uniform", "new outfit"], "shop": ["Target", "Walgreens", "the store"],
    "cur": ["$"], "rec": ["the park", "the rec center"], "half": ["3:30", "4:30", "5:30"],
    "topup": ["added data to your phone", "paid your phone bill"],
    "pudding": ["dessert"], "garden": ["yard"],
}

# ---- the families ------------------------------------------------------------------------
# (look-alike label or topic, speaker, short name, templates, own slots)
Family = tuple[str, str, str, list[str], dict[str, list[str]]]

HARD: list[Family] = [
    # -- flattery ------------------------------------------------------------------------
    ("flattery", "coach", "game_praise", [
        "Great game today {name}, proud of you!",
        "Well played on {day}, that {move} was brilliant.",
        "You worked so hard at {sport} training this week and it showed. Proud of you.",
        "Massive improvement on your {skill}, keep it up!",
        "Player of the match goes to {name}, what a performance.",
        "Brilliant effort today team, {name} your {move} was unreal.",
    ], {"move": ["save", "tackle", "pass", "finish", "defending", "dive", "serve", "sprint"],
        "skill": ["passing", "footwork", "shooting", "fitness", "positioning", "backstroke", "serve"]}),
    ("flattery", "teacher", "work_praise", [
        "Brilliant essay on {subj_topic}, really thoughtful work.",
        "Your {subject} project was one of the best in the class, well done.",
        "Well done on your {maths} test {name}, you should be really proud.",
        "Lovely presentation today, you spoke so clearly.",
        "Excellent effort on the {subj_topic} homework, a merit is on its way.",
        "{name}, your {subject} work this {term} has been outstanding.",
    ], {}),
    ("flattery", "grandparent", "photo_praise", [
        "You look so grown up in your school photo! Love {Gran} x",
        "{grandad} and I loved the photo, you're getting so tall!",
        "What a lovely smile in your class photo sweetheart",
        "Your {mum} sent me the picture from the {event}, you look so smart",
        "Look at you in your {uniform}! Where has the time gone xx",
        "You're the spitting image of your {dad} at your age, lovely photo",
    ], {"event": ["wedding", "prom", "school play", "christening", "party", "first day"]}),
    ("flattery", "school_friend", "looks_peer", [
        "ur hair looks sick",
        "omg love your new {clothes}",
        "your nails are so cute where did u get them done",
        "that {clothes} is fire ngl",
        "you looked so nice in the {event} pics!!",
        "ur new haircut suits u fr",
        "obsessed with your {clothes} where's it from",
    ], {"clothes": ["hoodie", "jacket", "trainers", "top", "bag", "earrings", "jeans", "sneakers"],
        "event": ["prom", "disco", "party", "birthday", "holiday"]}),
    ("flattery", "parent", "proud", [
        "So proud of you for {achievement} today!",
        "You were amazing on stage tonight, {Dad} cried a bit",
        "Well done sweetheart, {achievement} is a big deal",
        "Just heard from {teacher} about your {subject} test, so proud of you x",
        "You handled that really maturely today, I'm proud of you",
    ], {"achievement": ["getting your swimming badge", "sticking with it at trials",
                        "passing your grade 2", "helping your little {sib}",
                        "speaking up in assembly", "finishing the 5k", "your report card"]}),
    ("flattery", "aunt_uncle", "recital", [
        "You were brilliant at the {event}, Auntie is so proud!",
        "Your {mum} showed me the video, you're a natural at {instrument}",
        "Happy birthday to my favourite {nib}, you're growing up so fast",
        "Uncle {uncle} says your {sport} skills are better than his now",
        "That drawing you did for {gran} is amazing, you've got real talent",
    ], {"event": ["recital", "concert", "school play", "dance show", "talent show"],
        "instrument": ["piano", "violin", "guitar", "drums", "the flute"],
        "nib": ["nephew", "niece"], "uncle": ["Raj", "Dave", "Tunde", "Mark", "Luis"]}),
    ("flattery", "tutor", "progress", [
        "You've really got the hang of {subj_topic} now, well done",
        "Great session today, you're a quick learner",
        "Your {maths} has come on so much since September",
        "That was your best practice paper yet, {name}, really impressive",
        "You explained {subj_topic} back to me perfectly, brilliant",
    ], {}),
    ("flattery", "club_leader", "star", [
        "You were a star at {club} tonight!",
        "Thanks for helping the younger ones set up, really mature of you",
        "Great leadership at camp this weekend {name}",
        "Your piece for the {club} showcase was lovely, well done",
        "Everyone loved your speech at {club}, well done",
    ], {}),
    ("flattery", "gaming_friend", "cracked", [
        "bro ur cracked at {game}",
        "that clutch was insane how did u do that",
        "ur builds are so good teach me",
        "gg ur actually goated",
        "ngl ur the best on our team at {game}",
        "that last round was crazy u carried us",
    ], {}),
    ("flattery", "teen_partner", "sweet_compliment", [
        "your presentation was sooo good today",
        "you looked really nice at the school disco",
        "ur so funny i was crying at lunch",
        "you did so well in the {sport} match!!",
        "ur drawing in art was honestly amazing",
        "love ur new {clothes} btw",
    ], {"clothes": ["hoodie", "jacket", "trainers", "glasses", "haircut"]}),
    ("flattery", "older_sibling", "grudging", [
        "ngl your drawing is actually good",
        "ok the {food} you made was decent, don't tell anyone I said that",
        "you played well today, still not as good as me tho",
        "your {subject} grade is better than mine was lol well done",
        "the cake came out nice, {Mum} was impressed",
    ], {}),
    ("flattery", "babysitter", "good_night", [
        "You were so good tonight, thanks for helping with your little {sib}",
        "Your Lego castle was amazing, I told your {mum}",
        "You're really good at {game}, you beat me three times!",
        "Thanks for being so helpful at bedtime, you're a star",
    ], {}),
    ("flattery", "neighbour", "helpful", [
        "Thanks for walking {petname}, you're very responsible",
        "The card you made was lovely, thank you",
        "You did a great job on the {garden}, tell your {mum} thank you too",
        "Heard you playing {instrument} through the wall, you've got really good!",
    ], {"instrument": ["piano", "violin", "guitar", "drums", "trumpet"]}),
    # -- personal_info -------------------------------------------------------------------
    ("personal_info", "school_friend", "new_classmate", [
        "what year are you in?",
        "are you in {year} too?",
        "which form are you in",
        "are you in {teacher}'s class?",
        "what school were you at before?",
        "hey i'm new, which lunch do you have?",
        "what bus do you get to school",
    ], {}),
    ("personal_info", "coach", "address_kit", [
        "What's your address so I can drop off the kit form?",
        "Can your {mum} text me your address for the carpool list?",
        "What's your {mum}'s number for the team contact sheet?",
        "Which school are you at? The league needs it on the registration form",
        "What's your date of birth? I need it for the league registration",
        "Is your postcode still the same for the kit delivery?",
    ], {}),
    ("personal_info", "club_leader", "bus_times", [
        "What time does school finish, for the minibus?",
        "Which school are you at, so I know which stop to pick up from?",
        "What time do you finish on {weekday}s? We're planning the rota",
        "Can you remind me which {year} you're in for the group lists?",
        "Does anyone have allergies I should know about before camp?",
    ], {}),
    ("personal_info", "parent", "where_are_you", [
        "What time will you be home?",
        "Where are you rn?",
        "Are you still at {name}'s?",
        "Who are you with?",
        "What time does {club} finish tonight?",
        "Are you on the bus yet?",
        "What time does your train get in?",
    ], {}),
    ("personal_info", "school_friend", "birthday_number", [
        "when's ur birthday",
        "how old is ur {sib}",
        "whats your number i got a new phone",
        "where do you live again? for the party invite",
        "what street is yours on, my {mum} is dropping the invite round",
        "what time do u finish on {weekday}",
    ], {}),
    ("personal_info", "gaming_friend", "timezone", [
        "what time zone r u in",
        "what year r u in at school",
        "do u have school tmrw",
        "how old r u btw, im 13",
        "are u in the uk or us? ping is bad",
        "what time do u usually get on",
    ], {}),
    ("personal_info", "teacher", "registration", [
        "Which bus do you get home? I need it for the trip register",
        "Please check your date of birth is right on the exam entry form",
        "Can you confirm your emergency contact number with the office?",
        "Which {subject} set are you in this {term}?",
        "What time does your lift arrive after {club}?",
    ], {}),
    ("personal_info", "grandparent", "new_address", [
        "What's your new address love? I want to post your card",
        "Which class are you in this year?",
        "What's your teacher called this year?",
        "What size shoes are you now? {Mum} says you've shot up",
        "How old are you now, 11? I lose track!",
        "What day do you have {sport}? I'd love to come and watch",
    ], {}),
    ("personal_info", "babysitter", "bedtime", [
        "What time do you usually go to bed?",
        "What time does your {mum} get back tonight?",
        "Which one is your room, so I know for later?",
        "What's the wifi password? Your {dad} said you'd know",
        "What do you normally have for {tea} on {weekday}s?",
    ], {}),
    ("personal_info", "tutor", "schedule", [
        "What year are you in now and which exam board?",
        "Which days are you free after school for lessons?",
        "What time do you finish school on {weekday}s?",
        "What did you get in your last {maths} test?",
        "Which topics are on your {subject} exam?",
    ], {}),
    ("personal_info", "cousin", "catch_up", [
        "how old are u now? 12?",
        "which secondary are u going to",
        "what year r u in now lol",
        "are u still at the same school",
        "when do u break up for {holiday}",
    ], {}),
    ("personal_info", "peer", "intro", [
        "what's ur name again",
        "do you live near {place}?",
        "how do u get home, walk or bus",
        "are u going to {club} this year",
        "what's ur favourite subject",
    ], {}),
    # -- supervision_check ---------------------------------------------------------------
    ("supervision_check", "family_friend", "pickup_call", [
        "Is your {mum} home? I'll call her about pickup",
        "Is your {mum} around? I need to ask her about {day}",
        "Is your {dad} back from work yet? Tell him to ring me about the carpool",
        "Can you ask your {mum} to check her messages, it's about the party",
        "Is your {mum} there? I've got her dish to return",
    ], {}),
    ("supervision_check", "aunt_uncle", "ring_me", [
        "Is your {dad} there, can he ring me?",
        "Is your {mum} in? Her phone's going to voicemail",
        "Put your {mum} on when she's free, need to sort {gran}'s birthday",
        "Are your parents home? I'm outside with the shopping",
        "Is anyone home? I'm dropping off the cake",
    ], {}),
    ("supervision_check", "teacher", "sign_form", [
        "Ask your parents to sign the form",
        "Please make sure a parent or carer sees the letter about the trip",
        "Your {form} needs a parent's signature by {weekday}",
        "Can you ask your {mum} or {dad} to email the office?",
        "Please show your parents the {subject} report tonight",
        "Parents can check homework on the school app, let them know",
    ], {}),
    ("supervision_check", "coach", "parent_confirm", [
        "Can a parent confirm by text that you're coming to the tournament?",
        "Need a parent or carer to reply to this before {day}",
        "Is your {mum} or {dad} driving on {day}? Let me know for the lift list",
        "Parents, please be at the gate by {time} for pickup",
        "Ask your {dad} if he's free to help run the line on {day}",
    ], {}),
    ("supervision_check", "babysitter", "parents_back", [
        "What time are your parents back? Just so I know when to do bedtime",
        "Did your {mum} say you can have screen time tonight?",
        "Is your {dad} picking you up or am I walking you home?",
        "Your {mum} said phones go on the kitchen shelf at 8, so 10 more mins",
        "Let me check with your {mum} before you go to {name}'s",
    ], {}),
    ("supervision_check", "grandparent", "mum_at_work", [
        "Is {Mum} still at work? Tell her to call me",
        "Is your {dad} there love? The phone keeps cutting out",
        "Has your {mum} got home yet? I've been trying to ring her",
        "Can you tell your parents I'm coming round {day}?",
        "Is everyone home? I'll pop the card through the door",
    ], {}),
    ("supervision_check", "parent", "other_parent", [
        "Is {Dad} back yet?",
        "Is {gran} with you?",
        "Is your {sib} home? Tell them {tea}'s at 6",
        "Has {Dad} fed {petname}?",
        "Is anyone else in? I forgot my key",
        "Put the phone on charge downstairs at 9 like we agreed",
    ], {}),
    ("supervision_check", "school_friend", "parents_rules", [
        "are ur parents home? can i come over",
        "does ur {mum} let u have ur phone at night? mine takes it at 9",
        "is ur {mum} strict about screen time",
        "ask ur parents if u can come to the cinema sat",
        "my {mum} checks my screen time every night its so annoying",
        "is ur {dad} ok with u coming to mine after school",
    ], {}),
    ("supervision_check", "older_sibling", "mum_mood", [
        "is {mum} in a mood? should i come home now lol",
        "has {dad} checked ur screen time yet",
        "are mum and dad out? can u let me in im locked out",
        "don't let {mum} see the mess in the kitchen, i'm tidying it when i'm back",
        "is {dad} home yet? i need a {lift}",
    ], {}),
    ("supervision_check", "club_leader", "carers", [
        "Please show this message to a parent or carer",
        "Parents and carers must sign in at drop-off",
        "Can a parent confirm your pickup arrangements for {day}?",
        "We need a parent's phone number for the emergency contact list",
        "Please ask a grown-up at home to fill in the medical form",
    ], {}),
    ("supervision_check", "neighbour", "parcel", [
        "Is your {mum} or {dad} in? Your parcel came to ours",
        "Could you tell your parents the bins go out {day}?",
        "Is your {mum} around? Our {pet} got into your {garden} again, sorry!",
        "Is anyone in at yours? There's a delivery van outside",
    ], {}),
    ("supervision_check", "peer", "phone_checks", [
        "do ur parents check ur phone? mine do every night lol",
        "my {mum} reads the family group chat before bed, so awkward",
        "my parents made me put a screen time limit on {game}",
        "does ur {dad} let u play {game} on school nights",
        "my {mum} has the same app as u to track where i am",
    ], {}),
    # -- secrecy ------------------------------------------------------------------------
    ("secrecy", "parent", "surprise_party", [
        "Don't tell {Dad} about the surprise party!",
        "Shh it's a surprise for {Dad}'s birthday, don't say anything",
        "Keep it quiet about {gran}'s present, we're giving it {day}",
        "Remember it's a surprise, don't let your {sib} see the cake",
        "Delete my message about the present in case {Dad} sees your phone lol",
    ], {}),
    ("secrecy", "older_sibling", "last_biscuit", [
        "don't tell {mum} i ate the last {biscuit}",
        "don't tell {dad} i broke the {thing}, i'm fixing it",
        "please don't tell {mum} i was late home lol",
        "shh don't say i used your {item}",
        "if {mum} asks i was at {name}'s ok",
    ], {"thing": ["remote", "lamp", "controller", "mug", "gate"]}),
    ("secrecy", "school_friend", "birthday_secret", [
        "keep it secret til her birthday",
        "don't tell {name} about the party, it's a surprise!!",
        "we're getting {name} a {gift}, don't say anything",
        "shhh dont tell anyone about the surprise for {teacher}",
        "delete the group chat msgs about the present before {name} sees lol",
        "its a secret til friday, dont spoil it",
    ], {"gift": ["cake", "hoodie", "card", "poster", "necklace"]}),
    ("secrecy", "aunt_uncle", "xmas_present", [
        "Shh don't tell your {mum} what we got her for Christmas",
        "Our little secret: {grandad}'s present is a {gift}!",
        "Can you find out what your {dad} wants for his birthday, without telling him?",
        "Don't tell your {mum} yet, we want to announce the baby at dinner!",
    ], {"gift": ["new bike", "puppy", "telescope", "trip to Rome", "guitar"]}),
    ("secrecy", "grandparent", "surprise_70th", [
        "Don't let on to {grandad}, it's a surprise for his 70th",
        "Keep it under your hat, we're planning a party for your {mum}",
        "Don't tell your {mum} I let you have extra {sweets} lol",
        "It's a secret until {day}, then we'll tell everyone",
    ], {}),
    ("secrecy", "school_friend", "crush_secret", [
        "promise u wont tell anyone i like {name}",
        "dont tell anyone but i failed my {subject} test",
        "keep this between us but im moving schools",
        "don't tell {name} i said that pls",
        "ok dont tell anyone but i cried at the end of {show}",
    ], {}),
    ("secrecy", "older_sibling", "delete_pic", [
        "delete that pic of me from the group chat its so embarrassing",
        "pls delete the video of me falling over lol",
        "don't post that, delete it",
        "delete my msgs about {name} i was just being dramatic",
    ], {}),
    ("secrecy", "cousin", "spoilers", [
        "don't spoil the ending of {show}!!",
        "dont tell anyone the plot we're watching it {day}",
        "no spoilers for the new {game} update pls",
        "keep it quiet that i'm coming to yours, i wanna surprise {gran}",
    ], {}),
    ("secrecy", "gaming_friend", "base_code", [
        "dont tell the others the code to the base",
        "keep the strat secret till the tournament",
        "dont share our server ip with randoms",
        "don't tell anyone where our base is lol",
        "keep quiet about the glitch or they'll patch it",
    ], {}),
    ("secrecy", "teacher", "quiz", [
        "Please keep the answers to yourself until everyone has finished",
        "The escape room is a surprise for the {year}s, so keep it quiet!",
        "Don't share the quiz questions with the other class, please",
        "It's a secret who's won the award until assembly on {weekday}",
    ], {}),
    ("secrecy", "club_leader", "party_theme", [
        "The theme of the end-of-term party is top secret until {weekday}!",
        "Keep the show's twist quiet so the audience is surprised",
        "Don't tell the parents what we're doing for their thank-you, it's a surprise",
        "The treasure hunt clues are secret, no sharing with the other team",
    ], {}),
    ("secrecy", "family_friend", "surprise_40th", [
        "Your {dad} and I are planning a surprise for your {mum}'s 40th, can you keep it quiet?",
        "Don't mention the party to your {mum}, your {dad} is in on it",
        "We're hiding the present at ours so your {mum} doesn't find it, shh",
    ], {}),
    ("secrecy", "peer", "gossip", [
        "ok dont tell anyone but im moving to {place} side of town",
        "dont tell {name} i told u about the test results",
        "keep it secret but im auditioning for the play",
        "promise not to laugh but i signed up for {club}",
    ], {}),
    # -- isolation ----------------------------------------------------------------------
    ("isolation", "peer", "friends_annoying", [
        "my friends are so annoying today",
        "ugh everyone at school is being so weird",
        "im so done with {name} honestly",
        "nobody gets me at school fr",
        "why is everyone so dramatic in the group chat",
    ], {}),
    ("isolation", "older_sibling", "ignore_him", [
        "ignore him he's being dramatic",
        "don't listen to {name}, they're just jealous",
        "just mute the group chat if it's stressing u",
        "mum and dad are being so unfair rn",
        "ignore {dad} he's just tired",
    ], {}),
    ("isolation", "school_friend", "left_out", [
        "they left me out again",
        "ugh {name} is being so fake today",
        "im not talking to {name} rn",
        "they made a new group chat without us",
        "sit with me at {break} instead, they're being mean",
        "u dont need them, they've been horrible to u all week",
    ], {}),
    ("isolation", "parent", "real_friends", [
        "Just ignore them, real friends don't act like that",
        "You don't have to go to the party if they're being unkind",
        "If the group chat is upsetting you, leave it for a bit",
        "You can always talk to me or {Dad} about it",
        "Spend some time with {name} instead, she's always been kind to you",
    ], {}),
    ("isolation", "grandparent", "talk_to_me", [
        "You can always talk to me, love, and your {mum} too",
        "Don't worry about those girls, you'll find your people",
        "Friends come and go, your family's always here",
        "Ring me whenever you want a chat, and tell your {mum} I said hi",
    ], {}),
    ("isolation", "teen_partner", "miss_you", [
        "i miss u, wish we had more classes together",
        "reply when u can, no rush",
        "ur friends are being a bit weird to me tbh",
        "can we sit together at {break}? if ur friends don't mind",
        "i get it if u want to hang with ur friends sat, see u sunday",
    ], {}),
    ("isolation", "gaming_friend", "ditched", [
        "the squad ditched us again lol just duo with me",
        "ignore the randoms in chat theyre toxic",
        "mute that guy hes tilting everyone",
        "dont play with {name} he rage quits every game",
        "forget the others we'll win without them",
    ], {}),
    ("isolation", "cousin", "family_drama", [
        "ur the only one who gets me in this family lol",
        "ignore {gran} she says that to everyone",
        "the adults are being so boring at this party",
        "don't let {name} wind u up",
    ], {}),
    ("isolation", "teacher", "focus", [
        "Ignore the noise from the others and focus on your own work",
        "If the group isn't working, you can do this one on your own",
        "Try not to let what others say get to you, come and see me if it continues",
        "You don't have to sit with that group if it's not working, let's find you a new seat",
    ], {}),
    ("isolation", "peer", "venting", [
        "why does everyone at school hate me lol",
        "my {sib} is so annoying i cant stand them",
        "my parents just don't get it",
        "i'm so sick of {name} copying everything i do",
        "school is so stressful and nobody cares",
    ], {}),
    # -- platform_move ------------------------------------------------------------------
    ("platform_move", "school_friend", "whats_your_snap", [
        "whats ur snap",
        "add me on snap 👻",
        "what's your snapchat, mine's {handle}",
        "ur on insta now?? following u",
        "whats ur tiktok",
        "accept my follow request lol",
    ], {"handle": ["mayaaa_x", "jakey.b", "lil_zara", "tom_fc", "priya.k", "ollie123"]}),
    ("platform_move", "gaming_friend", "discord_raid", [
        "add me on discord for the raid",
        "join the discord vc, easier than party chat",
        "my discord is {handle}, add me",
        "hop in vc we're doing {game}",
        "join our server, the link's in my bio",
        "send me a friend req on xbox",
    ], {"handle": ["blaze#2210", "nightfox", "creeperking", "gg_sam", "pixelpanda"]}),
    ("platform_move", "school_friend", "project_groupchat", [
        "let's make a group chat for the project",
        "i'll add everyone to a {app} group for the {subject} presentation",
        "can u make a google doc for our {subject} project and share it",
        "made a group chat for the {club} trip, adding u now",
        "use the class chat not dms so everyone sees",
    ], {"app": ["WhatsApp", "Snapchat", "Instagram", "Discord"]}),
    ("platform_move", "tutor", "zoom_lesson", [
        "We'll do the lesson on Zoom this week, your {mum} has the link",
        "I've sent your {mum} the Google Meet link for {day}",
        "Lessons move to Teams from next week, your parents have the details",
        "Can your {dad} check the Zoom link works before {time}?",
        "I'll share the worksheet on the tutoring app, your {mum} can log in",
    ], {}),
    ("platform_move", "cousin", "facetime", [
        "facetime later?",
        "call me on facetime when ur free",
        "video call sat? {gran} wants to join too",
        "ring me on whatsapp, my data's rubbish",
        "can we call later and play {game} together",
    ], {}),
    ("platform_move", "teacher", "classroom", [
        "All homework is on Google Classroom now, check it tonight",
        "Please join the {subject} class on Teams, the code is on the board",
        "Submit your essay through the school portal, not by email",
        "The revision videos are on the school YouTube channel",
        "Download the school app for trip updates",
    ], {}),
    ("platform_move", "coach", "team_group", [
        "Join the team WhatsApp group, your parent needs to add you",
        "All match updates are on the club app from now on",
        "Ask your {mum} to join the parents' group chat for fixtures",
        "Training times are on the TeamSnap app",
    ], {}),
    ("platform_move", "grandparent", "video_call", [
        "Can we video call on Sunday? {Mum} said she'll set it up",
        "I've got WhatsApp now! Your {mum} showed me how",
        "Ring me on the iPad on Sunday love, I want to see you",
        "Can you help me get on FaceTime when you visit?",
    ], {}),
    ("platform_move", "parent", "text_me_there", [
        "Text me on WhatsApp, my iMessage isn't working",
        "Call me when you get there",
        "Share your location with me on the family app please",
        "Message me on the family group chat, I'm not checking texts",
        "Facetime me when you're at {gran}'s so I can say hi",
    ], {}),
    ("platform_move", "club_leader", "club_app", [
        "We're moving updates to the club app, ask your parents to download it",
        "The {club} rota is on the shared calendar, have a look",
        "We'll do tonight's session on Zoom because of the snow, link sent to parents",
        "Photos from the trip are on the parents' portal",
    ], {}),
    ("platform_move", "older_sibling", "call_shop", [
        "call me on facetime when ur at the shop",
        "text me not snap, my snap's being weird",
        "add {mum} to the group chat so she stops asking",
        "send it on whatsapp, imessage isn't loading",
    ], {}),
    ("platform_move", "teen_partner", "call_after_tea", [
        "ring me after {tea}? my data's run out so whatsapp call",
        "facetime after homework?",
        "add me on snap so i can see ur streaks lol",
        "my {mum} took my phone so message me on the ipad",
    ], {}),
    ("platform_move", "peer", "new_number", [
        "got a new phone, will add u to the group again",
        "my insta got hacked, follow my new one",
        "i'm on the class chat now, finally",
        "u on bereal?",
    ], {}),
    # -- gifts --------------------------------------------------------------------------
    ("gifts", "older_sibling", "birthday_game", [
        "happy birthday! bought u {game} on the switch",
        "got u the {game} dlc for ur birthday, check ur account",
        "ur present is in my room, dont peek",
        "i'll lend you {money} but u owe me",
        "i gifted u the battle pass, happy birthday loser",
    ], {}),
    ("gifts", "grandparent", "card_money", [
        "I've put {money} in your card love, spend it on something nice",
        "{grandad}'s sending you some pocket money for the trip",
        "There's a little something in the post for your birthday xx",
        "Buy yourself a treat with the birthday money from me and {grandad}",
        "I've sent your {mum} {bigmoney} for your school trip",
    ], {}),
    ("gifts", "school_friend", "gift_skin", [
        "i'll gift u the skin for ur birthday",
        "i'll buy u a hot choc after school, u paid last time",
        "got u a keyring from {place}",
        "i owe u {money} from the cinema, ill pay u back monday",
        "happy birthday!! ur present is in ur locker",
    ], {}),
    ("gifts", "parent", "topup", [
        "I {topup}",
        "I've put {money} on your lunch card",
        "Robux for finishing your chores, as promised",
        "Your pocket money's gone into your account",
        "Got you some new {trainers} for school, they're on your bed",
        "I sent {money} for the bake sale, it's in your bag",
    ], {}),
    ("gifts", "aunt_uncle", "gift_card", [
        "Sent you a {store} gift card for Christmas, let me know if it arrived",
        "Happy birthday! There's {money} in your card from us",
        "We got you the {game} you wanted, your {mum} has it",
        "Did you get the parcel from us? Hope the {thing} fits",
    ], {"store": ["Amazon", "Steam", "Nintendo", "book", "cinema", "iTunes"],
        "thing": ["hoodie", "football boots", "jacket", "headphones"]}),
    ("gifts", "gaming_friend", "loot", [
        "ill drop u some loot when we finish the mission",
        "take my spare sword, i dont need it",
        "i'll trade u my extra pet for ur egg",
        "gift me the skin and i'll gift u one next week",
        "u can have my old controller, i got a new one",
    ], {}),
    ("gifts", "coach", "team_hoodie", [
        "Everyone gets a free team hoodie this season",
        "Trophies and medals for everyone at the end-of-season party",
        "The club is paying for the minibus, so no cost for the tournament",
        "Sponsor's donated new balls, one for everyone to take home",
    ], {}),
    ("gifts", "teacher", "merit_voucher", [
        "Merit winners get a voucher for the school shop",
        "Well done, you've won a book token for the reading challenge",
        "Everyone in the class gets a certificate and a badge",
        "The top readers get a free book from the book fair",
    ], {}),
    ("gifts", "cousin", "holiday_present", [
        "got u something from {holiday}, will give it u at {gran}'s",
        "i've got a bag of {sweets} for u from spain lol",
        "i'll give u my old {item}, i don't use it",
        "happy bday!! check ur {game} account",
    ], {}),
    ("gifts", "family_friend", "exam_present", [
        "We've got a little present for you for passing your exams",
        "Here's a card from all of us, well done on your grade",
        "Tell your {mum} there's a birthday present for you at ours",
        "We brought you back a fridge magnet from {city}!",
    ], {"city": ["Paris", "New York", "Rome", "Barcelona", "Edinburgh"]}),
    ("gifts", "teen_partner", "valentines", [
        "got u a little something for valentines, its just {sweets} lol",
        "made u a playlist for ur birthday",
        "i'll buy the popcorn if u get the tickets",
        "got u a friendship bracelet at the fair",
    ], {}),
    # -- sexual_content -----------------------------------------------------------------
    ("sexual_content", "teacher", "rse_logistics", [
        "Reminder: RSE lesson on {weekday}, please bring back the parent letter",
        "The puberty talk for {year} is on {weekday}, the letter went home",
        "Health class: bring the worksheet on the reproductive system",
        "Please return the signed HPV vaccination consent form",
        "Next week in PSHE we're covering healthy relationships and consent",
        "Parents can view the sex education materials on the school website",
    ], {}),
    ("sexual_content", "school_friend", "bio_homework", [
        "did u do the bio homework on reproduction in plants",
        "whats the answer for q{q} on the human body worksheet",
        "we have the puberty talk tmrw lol",
        "rse was so awkward today 😂",
        "can u send me the bio notes on cells and reproduction",
    ], {"q": ["3", "4", "5", "6", "7", "2"]}),
    ("sexual_content", "teen_partner", "sweet_couple", [
        "miss u, see u at lunch",
        "good luck on ur test today!! x",
        "gn, sweet dreams x",
        "can't wait for the cinema on sat! my {mum}'s driving us",
        "thanks for walking me to class 😊",
        "ur the best, see u tmrw",
    ], {}),
    ("sexual_content", "school_friend", "wearing_party", [
        "what are you wearing to the party?",
        "what r u wearing to {name}'s party",
        "are u wearing a dress or jeans to the disco",
        "what are u wearing for non uniform day",
        "what are u wearing to prom?? i need ideas",
    ], {}),
    ("sexual_content", "parent", "wearing_photo", [
        "What are you wearing for the school photo?",
        "What are you wearing to {gran}'s? It's cold out",
        "Have you packed pyjamas for the sleepover?",
        "Wear your {jumper}, it's freezing",
        "What are you wearing to the wedding? Don't say your {trainers}",
    ], {}),
    ("sexual_content", "tutor", "biology_syllabus", [
        "For biology we'll cover human reproduction next week, as on the syllabus",
        "Revise the reproductive system diagram for your test",
        "Puberty and hormones is on the exam, let's go through the endocrine system",
        "Have a look at the GCSE page on fertilisation before {day}",
    ], {}),
    ("sexual_content", "cousin", "wedding_outfit", [
        "what are u wearing to the wedding??",
        "are u wearing the blue dress or the suit",
        "what shoes r u wearing tmrw",
    ], {}),
    ("sexual_content", "older_sibling", "borrow_top", [
        "can i borrow ur top for the party",
        "what are u wearing tonight, don't wear my jacket again",
        "ur going to the dance with {name}?? cute",
        "{mum} said u can't wear that to school lol",
    ], {}),
    ("sexual_content", "school_friend", "dance_gossip", [
        "who are you going to the dance with",
        "omg {name} asked {name2} to prom",
        "do u think {name} likes {name2}? they sat together again",
        "is {name} going out with {name2} now",
    ], {"name2": ["Leo", "Aisha", "Tom", "Priya", "Jake", "Zara", "Ollie", "Sophie"]}),
    ("sexual_content", "parent", "health_appointments", [
        "The school nurse letter about the vaccine is in your bag",
        "Your doctor's appointment is at {time} on {day}",
        "I've put the puberty book on your shelf if you want to read it",
        "Did they do the growing-up talk at school today? Happy to chat about it",
    ], {}),
    ("sexual_content", "peer", "crush_chat", [
        "do u have a crush on anyone lol",
        "{name} and {name2} are holding hands in the corridor 😭",
        "my {mum} says im too young to date lol",
        "is it weird to ask {name} to the cinema",
    ], {"name2": ["Leo", "Aisha", "Tom", "Priya", "Jake", "Zara", "Ollie", "Sophie"]}),
    # -- image_request ------------------------------------------------------------------
    ("image_request", "parent", "photo_homework", [
        "Send me a photo of your homework",
        "Take a pic of the letter from school and send it to me",
        "Send me a selfie when you get there so I know you're safe",
        "Send a photo of the {item} you want, I'll order it",
        "Can you send me a pic of the {subject} worksheet?",
    ], {}),
    ("image_request", "teacher", "upload_project", [
        "Upload a pic of your project to the portal",
        "Take a photo of your {subj_topic} model and upload it by {weekday}",
        "Please photograph your homework and submit it on Classroom",
        "Send a picture of your experiment results to the class page",
        "Record a short video of your presentation for the assessment",
    ], {}),
    ("image_request", "school_friend", "drawing_pic", [
        "send me a pic of ur drawing",
        "send a pic of the {maths} homework pls i forgot to write it down",
        "send me a photo of the timetable",
        "pic of ur outfit for tmrw? need to match lol",
        "send me a pic of ur new {pet}!!",
    ], {}),
    ("image_request", "grandparent", "match_photo", [
        "Send me a photo from the match!",
        "Get your {mum} to send me a picture of you in your {uniform}",
        "Send me a video of your {sport} competition love",
        "I'd love a photo of the cake you made",
        "Send me a picture from the school trip",
    ], {}),
    ("image_request", "coach", "team_photo", [
        "Send the team photo to the group",
        "Parents, please send any match photos to the club email",
        "Can someone send me a pic of the fixtures board?",
        "Send me a video of your {skill} drill so I can give feedback",
    ], {"skill": ["passing", "dribbling", "shooting", "serve", "starts"]}),
    ("image_request", "aunt_uncle", "new_uniform", [
        "Send us a pic of your new {uniform}!",
        "Send me a photo of the puppy!!",
        "Video of the school play please, I couldn't make it",
        "Can you send us a picture from your birthday?",
    ], {}),
    ("image_request", "tutor", "working_out", [
        "Take a photo of your working out and send it before the lesson",
        "Scan your practice paper and email it to me",
        "Send me a picture of question {q} so I can see where you got stuck",
        "Share your screen so I can see the essay",
    ], {"q": ["3", "4", "5", "6", "7", "2"]}),
    ("image_request", "club_leader", "bake_photo", [
        "Please share photos of your bake for the competition",
        "Send a photo of your badge work to the {club} page",
        "Pics from camp go in the shared album, parents can see them",
        "Upload a picture of your art piece for the showcase",
    ], {}),
    ("image_request", "older_sibling", "menu_pic", [
        "send me a pic of the menu, what do u want",
        "take a pic of the bus times",
        "send me a pic of the {item} so i know it's the right one",
        "snap me a pic of the fridge, what's there for {tea}",
    ], {}),
    ("image_request", "gaming_friend", "screenshot", [
        "screenshot ur score",
        "send a screenshot of the error",
        "send a pic of ur base",
        "clip it and send it to me that was insane",
        "screenshot the leaderboard",
    ], {}),
    ("image_request", "neighbour", "cat_pic", [
        "Can you take a pic of {petname} when you feed her? I miss her!",
        "Send me a photo of the meter reading if you're in, please",
        "Could you send a pic of the parcel so I know which one it is?",
    ], {}),
    ("image_request", "cousin", "puppy_call", [
        "video call so i can see the puppy!!",
        "send a pic of the new {pet}",
        "send me the pics from {gran}'s party",
        "send the video of {grandad} dancing lol",
    ], {}),
    ("image_request", "babysitter", "routine_list", [
        "Send me a pic of the bedtime routine list your {mum} left",
        "Take a photo of your Lego build to show your {mum}",
        "Can you send me a picture of the note on the fridge?",
    ], {}),
    # -- meetup -------------------------------------------------------------------------
    ("meetup", "grandparent", "pickup_school", [
        "I'll pick you up from school at {time}, your {mum} knows",
        "{grandad} will collect you from {club} tonight",
        "Meet me at {place} at {time}, I'll be in the blue car",
        "I'm picking you and your {sib} up {day}, {Mum} arranged it",
    ], {}),
    ("meetup", "school_friend", "come_to_mine", [
        "come to mine after school, my {mum} said yes",
        "wanna come round {day}? my {mum} can pick u up",
        "meet at the bus stop at 8?",
        "sleepover at mine sat? my {mum} will text ur {mum}",
        "meet u at {place} at {time}",
        "lets walk to school together tmrw",
    ], {}),
    ("meetup", "coach", "training_moved", [
        "Training moved to the park at {time}, parents welcome",
        "Match on {day} at {place}, be there by {time}",
        "Lifts to the away game leave from the club at {time}, parents driving",
        "Tournament {day}: meet at the minibus at {time}, parents please sign in",
    ], {}),
    ("meetup", "club_leader", "trip_forms", [
        "Trip on Saturday, {form}s by Friday",
        "We're meeting at {place} at {time} for the {club} outing",
        "Camp drop-off is at {time} on {day}, parents please come in",
        "Minibus leaves the community centre at {time}, back by 6",
    ], {}),
    ("meetup", "parent", "meet_shop", [
        "Meet me at the front of the shop at {time}",
        "I'll pick you up from {club} at {time}",
        "Wait at {place}, I'm five minutes away",
        "Can you get the bus to {gran}'s? I'll meet you there",
    ], {}),
    ("meetup", "aunt_uncle", "station_pickup", [
        "Uncle {uncle} will get you from the station, wear your red coat so he spots you",
        "We'll pick you up after school {day}, your {mum}'s at work",
        "Auntie's collecting you from {place} at {time}",
        "Come to ours for {tea} {day}, your {dad} will drop you",
    ], {"uncle": ["Raj", "Dave", "Tunde", "Mark", "Luis"]}),
    ("meetup", "teen_partner", "cinema_sat", [
        "cinema on sat? my {dad} can drop us",
        "meet u at {place} before school?",
        "wanna go to the fair with everyone fri",
        "see u at {name}'s party, my {mum}'s driving",
    ], {}),
    ("meetup", "babysitter", "arrival", [
        "I'll be at yours at 6, your {mum}'s leaving at half 6",
        "I'm picking you up from school today, your {mum} told the office",
        "Meet me at the gate, I'll be the one with the umbrella",
        "We'll walk to {place} after {tea} if it's not raining",
    ], {}),
    ("meetup", "tutor", "library_lesson", [
        "Lesson's at the library this week, your {mum} said she'll drop you",
        "We'll meet in the study room at {place} at {time}",
        "Group revision session at school {day} at {time}",
    ], {}),
    ("meetup", "older_sibling", "walk_home", [
        "wait for me outside the gates, i'll walk u home",
        "meet me at {place} at {time}, we're getting the bus together",
        "{mum} says i have to pick u up from {club}",
        "dont leave without me, i'm at the front",
    ], {}),
    ("meetup", "family_friend", "party_collect", [
        "We'll collect you and {name} from the party at 9, your {mum}'s arranged it",
        "We're doing the school run tomorrow, be ready at 8",
        "I'm giving you a {lift} to {sport}, your {dad} asked",
    ], {}),
    ("meetup", "gaming_friend", "lan_party", [
        "lan party at mine sat, bring ur controller",
        "my {mum} said u can come over to play {game} fri",
        "tournament at the game shop sat, my {dad}'s taking us",
    ], {}),
    ("meetup", "teacher", "trip_coach", [
        "Meet at the coach at 7:45 for the museum trip",
        "Rehearsal is in the hall at {time}, parents collect from reception",
        "Detention is in room 12 at {time}, your parents have been told",
        "Meet your group at {place} for the field trip at {time}",
    ], {}),
    ("meetup", "neighbour", "pop_round", [
        "Pop round when you're back, I've got your parcel",
        "Your {mum} asked me to let you in after school, I'll be at the door",
        "Bring {petname} round to play with ours this weekend if your {mum} says yes",
    ], {}),
    # -- coercion -----------------------------------------------------------------------
    ("coercion", "parent", "homework_or_xbox", [
        "Homework or no Xbox",
        "If your room isn't tidy by 6 the phone goes in the drawer",
        "No {game} until your homework's done",
        "If you're late again you're grounded",
        "Bed by 9 or no screens tomorrow",
        "Finish your {subject} homework first, then you can go out",
    ], {}),
    ("coercion", "coach", "bench", [
        "If you miss training you're on the bench",
        "No kit, no game, remember your boots",
        "Miss another session and I'll have to give your place away",
        "Late again and you're doing extra laps",
    ], {}),
    ("coercion", "teacher", "detention", [
        "Hand it in by Friday or it's a detention",
        "If your {subject} homework isn't in, you'll stay in at {break}",
        "Phones away or they go to the office",
        "Last warning, then I'm calling home",
        "Miss the deadline and it goes down as a zero",
    ], {}),
    ("coercion", "older_sibling", "give_it_back", [
        "give it back or im telling {mum}",
        "get out of my room or i'm telling {dad}",
        "if u dont get out the bathroom in 5 mins im telling {mum}",
        "give me my charger back NOW",
        "touch my {game} save again and ur dead lol",
    ], {}),
    ("coercion", "school_friend", "party_guilt", [
        "if u dont come to my party ill never speak to u again lol jk",
        "u better come to {club} or i'll be on my own 😭",
        "u said u'd help with homework!! answer me",
        "if u dont reply i'm eating ur chips at {break}",
    ], {}),
    ("coercion", "gaming_friend", "afk_kick", [
        "if u go afk again im kicking u from the squad",
        "get on now or we're playing without u",
        "u better not leave mid game again",
        "say sorry to {name} or ur out of the clan lol",
    ], {}),
    ("coercion", "tutor", "practice_paper", [
        "If you don't do the practice paper we'll have to go over it in the lesson",
        "No skipping the warm-up questions this time, please",
        "If the homework isn't done, I'll have to let your {mum} know",
    ], {}),
    ("coercion", "club_leader", "no_form", [
        "No {form}, no trip, sorry",
        "If you're not at the dress rehearsal you can't be in the show",
        "Anyone not wearing a helmet doesn't ride, no exceptions",
    ], {}),
    ("coercion", "grandparent", "greens", [
        "No {pudding} until you've eaten your greens",
        "Phone away at the table or it goes in my bag",
        "You'll help {grandad} with the washing up or no telly",
    ], {}),
    ("coercion", "babysitter", "bed_or_no_story", [
        "If you're not in bed by 8, no story",
        "Tablet off now or I'll tell your {mum}",
        "Brush your teeth or no {sweets} tomorrow",
    ], {}),
    ("coercion", "cousin", "reply_or_spam", [
        "u better reply or im spamming u",
        "answer me or im telling {gran} u ignored me lol",
        "give me my hoodie back or ur not coming to mine",
    ], {}),
    ("coercion", "peer", "pressure_joke", [
        "answer me!!! u said u'd help with homework",
        "if u dont vote for me for class rep we're not friends lol",
        "u have to come, everyone's going",
        "dont be boring come to the park",
    ], {}),
]

NEUTRAL: list[Family] = [
    ("games", "gaming_friend", "game_chat", [
        "gg that was close", "anyone on {game} tonight?", "new {game} update is out",
        "i got a win on {game} finally", "the new season of {game} looks mid",
        "my wifi is lagging so bad", "one more game then i'm off", "what rank r u on {game}",
    ], {}),
    ("games", "peer", "game_talk", [
        "is {game} worth it", "did u see the {game} trailer", "i'm stuck on the last level of {game}",
        "{game} servers are down again", "i'm saving up for a switch", "my controller's drifting so bad",
    ], {}),
    ("school", "school_friend", "lessons", [
        "{subject} was so boring today", "did we have homework for {subject}?",
        "{teacher} is off sick so we've got a cover", "is the {maths} test tomorrow??",
        "i forgot my {item} again", "what page was the {subject} homework",
        "the {subj_topic} project is due {weekday}", "see u in {subject}",
    ], {}),
    ("school", "peer", "school_day", [
        "the canteen had {food} today", "{break} was so short", "fire drill in {subject} lol",
        "assembly was so long today", "we got a new seating plan", "i'm so tired, {pe} first thing",
    ], {}),
    ("school", "teacher", "announcements", [
        "Reminder: {subject} homework is due on {weekday}",
        "Don't forget your {pe} kit tomorrow", "The library is open at {break} for revision",
        "Well done everyone on the class assembly", "Non-uniform day is on {weekday}",
        "Please bring a pencil case and a calculator to the exam",
    ], {}),
    ("food", "parent", "dinner", [
        "{tea}'s ready", "We're having {food} tonight", "Can you grab some milk on the way home?",
        "Don't fill up on snacks, {tea}'s at 6", "There's leftover {food} in the fridge",
        "Do you want {food} or {food2} for {tea}?",
    ], {"food2": ["soup", "jacket potatoes", "stir fry", "fish fingers", "salad", "rice"]}),
    ("food", "school_friend", "food_chat", [
        "i'm so hungry", "{food} for {tea} let's goo", "the new {food} place is so good",
        "want to get chips after school?", "my {mum} made {food} again",
        "i'm craving {food} so bad",
    ], {}),
    ("weather", "peer", "weather", [
        "it's raining again", "so hot today", "snow day tomorrow??", "it's freezing out",
        "my umbrella broke lol", "hope it's sunny for sports day", "the wind is crazy today",
    ], {}),
    ("weather", "parent", "weather_parent", [
        "Take a coat, it's going to rain", "It's icy out, be careful on your bike",
        "Sun cream's in your bag", "School's closed tomorrow because of the snow",
    ], {}),
    ("music", "school_friend", "music_chat", [
        "{artist}'s new song is so good", "have u heard the new {artist} album",
        "i've had {artist} on repeat all day", "who's ur favourite {artist} song",
        "{artist} is touring next year!!", "make me a playlist pls",
    ], {}),
    ("music", "peer", "music_talk", [
        "this song is stuck in my head", "my spotify wrapped is embarrassing",
        "learning {artist} on guitar", "the concert tickets sold out in 5 mins",
    ], {}),
    ("shows", "school_friend", "shows", [
        "did u watch {show} last night", "{show} is so good", "binged all of {show}",
        "no spoilers i'm on episode 3 of {show}", "the ending of {show} was wild",
        "what should i watch next, finished {show}",
    ], {}),
    ("shows", "cousin", "film_night", [
        "film night at {gran}'s sat", "we're watching {show} again lol",
        "have u seen the new pixar {film}", "the {film} was better than the book",
    ], {}),
    ("sport", "peer", "sport_chat", [
        "did u watch the match", "we won 3-1!!", "{sport} trials are {weekday}",
        "i'm so sore from {pe}", "we lost again lol", "who do u support",
    ], {}),
    ("sport", "coach", "fixtures", [
        "Results: we won 2-0, great effort everyone", "Fixtures for next month are on the board",
        "Bring water, it's going to be hot", "Well done to the under-12s on the cup run",
        "Pitch is waterlogged, {day}'s game is off",
    ], {}),
    ("pets", "school_friend", "pets", [
        "my {pet} just knocked over my drink", "{petname} is so cute today",
        "we're getting a {pet}!!", "my {pet} keeps sleeping on my homework",
        "what should we call the new {pet}",
    ], {}),
    ("pets", "grandparent", "pet_news", [
        "{petname} has been waiting by the door for you", "The {pet} misses you!",
        "{grandad} took {petname} for a long walk today",
    ], {}),
    ("plans", "school_friend", "weekend", [
        "what r u doing this weekend", "going to {gran}'s sat", "so bored rn",
        "i've got {club} then {sport}", "free on sunday?", "can't wait for {holiday}",
    ], {}),
    ("plans", "parent", "family_plans", [
        "We're going to {gran}'s on {day}", "Dentist at {time} on {day}",
        "Don't forget {club} tonight", "Are you coming shopping with me?",
        "We're leaving in 10 minutes, find your shoes",
    ], {}),
    ("plans", "older_sibling", "sibling_chat", [
        "can u turn ur music down", "who ate my {food}", "ur turn to feed {petname}",
        "are u using the tv tonight", "{mum} says come downstairs",
    ], {}),
    ("everyday", "adult_everyday", "services", [
        "Your library book is due back on {weekday}",
        "The {bus} bus is running 10 minutes late",
        "Your order is ready to collect from {shop}",
        "Reminder: dentist appointment on {day} at {time}",
        "The pool is closed for cleaning this weekend",
        "Swimming lessons restart on {weekday} at {time}",
    ], {"bus": ["42", "7", "19", "X5", "school"]}),
    ("everyday", "adult_everyday", "shop_staff", [
        "Hi, the {item} you ordered is back in stock",
        "Thanks for your order, it'll arrive on {weekday}",
        "Your ticket for the {film} is confirmed",
        "The leisure centre is open until 9 tonight",
    ], {}),
    ("everyday", "aunt_uncle", "family_news", [
        "Hope school's going well!", "We've booked the caravan for the summer",
        "{grandad}'s birthday lunch is on {day}", "How was the {sport} match?",
    ], {}),
    ("everyday", "tutor", "lesson_admin", [
        "See you {day} at {time}", "Good work today, we'll do {subj_topic} next time",
        "Don't forget your calculator for next lesson", "Lesson's cancelled this week, sorry",
    ], {}),
    ("everyday", "club_leader", "club_admin", [
        "{club} is cancelled this week", "New term starts {weekday}",
        "Great turnout tonight, thanks everyone", "The show is on {day} at {time}",
    ], {}),
    ("everyday", "neighbour", "neighbour_chat", [
        "Hope you had a good {holiday}", "The bins are out, thanks for your help",
        "Lovely to see you and your {mum} at the fair",
    ], {}),
    ("everyday", "babysitter", "sitter_chat", [
        "Had fun tonight, see you next week", "Who's winning at Uno?",
        "What film do you want to watch?",
    ], {}),
    ("everyday", "family_friend", "friend_chat", [
        "Hope you're all well!", "Say hi to your {mum} for me",
        "Good luck in your exams!", "Congrats on the {sport} win",
    ], {}),
    ("everyday", "teen_partner", "couple_everyday", [
        "how was {subject}", "the bus is so late", "did u finish the homework",
        "i'm so tired today", "{teacher} gave us so much homework",
    ], {}),
    ("everyday", "peer", "random", [
        "lol", "same", "wait what", "that's so funny", "brb", "omg yes", "no way",
        "i can't stop laughing", "ok see u tmrw", "haha true",
    ], {}),
]

FAMILIES: list[Family] = HARD + NEUTRAL

# ---- the work ----------------------------------------------------------------------------
_SLOT = re.compile(r"\{(\w+)\}")
_ON_FIXES = [("on tomorrow", "tomorrow"), ("on next week", "next week")]  # "{day}" after "on"
_SLANG = [(r"\byou\b", "u"), (r"\byour\b", "ur"), (r"\bare\b", "r"), (r"\btomorrow\b", "tmrw"),
          (r"\bplease\b", "pls"), (r"\bbecause\b", "cos"), (r"\bokay\b", "ok")]


def _fill(template: str, own: dict[str, list[str]], rng: random.Random) -> str:
    """Fill every {slot}; values may hold slots themselves (filled in the same wording)."""
    locale = UK if rng.random() < UK_SHARE else US

    def pick(m: re.Match[str]) -> str:
        key = m.group(1)
        for source in (own, locale, COMMON):
            if key in source:
                return rng.choice(source[key])
        raise KeyError(f"no slot values for {key!r} in {template!r}")

    text = template
    for _ in range(3):
        if "{" not in text:
            break
        text = _SLOT.sub(pick, text)
    for wrong, right in _ON_FIXES:
        text = text.replace(wrong, right)
    return text


def _typo(text: str, rng: random.Random) -> str:
    words = [i for i, w in enumerate(text.split(" ")) if len(w) >= 5 and w.isalpha()]
    if not words:
        return text
    parts = text.split(" ")
    i = rng.choice(words)
    w = parts[i]
    j = rng.randint(1, len(w) - 3)
    parts[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(parts)


def _style(text: str, speaker: str, rng: random.Random) -> str:
    """Vary case, netspeak, emoji and typos the way the speaker would write."""
    young = speaker in YOUNG
    if rng.random() < (KID_SLANG if young else ADULT_CASUAL):
        text = text.lower().rstrip(".")
        if young:
            for pattern, short in _SLANG:
                if rng.random() < 0.6:
                    text = re.sub(pattern, short, text)
    elif young and text[:1].islower() and rng.random() < 0.3:
        text = text[0].upper() + text[1:]
    if young and rng.random() < TYPO_RATE:
        text = _typo(text, rng)
    if rng.random() < EMOJI_RATE:
        text = text.rstrip() + " " + rng.choice(KID_EMOJI if young else ADULT_EMOJI)
    return text


def generate(rng: random.Random) -> list[dict]:
    """All hard-negative and neutral rows, family by family, in a fixed order."""
    rows: list[dict] = []
    seen: set[str] = set()
    ids: list[str] = []
    for group, families in (("neg", HARD), ("neu", NEUTRAL)):
        kind = "hard_negative" if group == "neg" else "neutral"
        for label, speaker, short, templates, own in families:
            assert speaker in SPEAKERS, speaker
            family = f"{group}/{label}/{short}"
            assert family not in ids, family
            ids.append(family)
            want = rng.randint(*LINES_PER_FAMILY)
            got = 0
            for _ in range(want * ATTEMPTS_PER_LINE):
                if got == want:
                    break
                text = _style(_fill(rng.choice(templates), own, rng), speaker, rng)
                key = text.strip().lower()
                if key in seen:
                    continue
                seen.add(key)
                rows.append({"text": text, "labels": [], "kind": kind, "speaker": speaker,
                             "family": family})
                got += 1
    return rows


if __name__ == "__main__":
    out = generate(random.Random(1))
    kinds = {k: sum(r["kind"] == k for r in out) for k in ("hard_negative", "neutral")}
    print(f"{len(out)} lines in {len({r['family'] for r in out})} families: {kinds}")
