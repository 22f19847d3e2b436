"""Hand-written template families for messages an adult contact sends a child, one or more of the
11 behaviour labels each. Imported by scripts/make_messages.py; run that, not this:

    python scripts/make_messages.py

Quick check of this module alone (prints the number of lines and per-label counts):

    python scripts/messages_grooming.py

A family is one small group of templates sharing a purpose. Templates use {slot} placeholders
(filled from SLOTS) and [a|b|c] inline alternatives. Each line also gets a writing style (as
written, proper sentence, lowercase netspeak, a typo) and maybe an opener or a sign-off, so one
family gives roughly 10-40 distinct lines. make_messages.py assigns whole families to train or
test. Content is deliberately non-graphic: sexual_content lines are innuendo and questions only.
Stdlib only; all randomness comes from the rng passed to generate().
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

__all__ = ["FAMILIES", "generate"]

# ---- defaults ---------------------------------------------------------------------------------
PER_FAMILY = 30  # distinct lines wanted from each family
TRIES_PER_LINE = 12  # sampling attempts per wanted line before a family gives up
P_OPENER = 0.25  # chance of "hey {name}," style opener
P_SIGNOFF = 0.3  # chance of an emoji / "x" / "lol" sign-off (soft families only)
STYLE_WEIGHTS = {"asis": 4, "proper": 3, "net": 3, "typo": 1}
QUESTION_WORDS = ("what", "where", "when", "who", "do", "does", "are", "is", "can", "have", "how",
                  "which", "would", "will", "could", "did", "has", "why", "want", "got", "ever")

SA, PP, OF, GC = "stranger_adult", "adult_posing_as_peer", "online_friend_adult", "gaming_contact_adult"

SLOTS: dict[str, list[str]] = {
    "name": ["em", "jess", "lily", "mia", "sophie", "chloe", "ava", "ellie", "josh", "jake", "liam",
             "noah", "ben", "tyler", "kayla", "maddie", "hun", "sweetheart", "mate", "buddy",
             "kiddo", "babe", "princess", "bud"],
    "app": ["snap", "snapchat", "insta", "whatsapp", "telegram", "discord", "kik", "signal"],
    "callapp": ["facetime", "whatsapp", "snap", "discord", "insta", "skype"],
    "game": ["roblox", "fortnite", "minecraft", "among us", "valorant", "cod", "genshin", "adopt me"],
    "item": ["800 robux", "1000 vbucks", "a £20 gift card", "a $25 gift card", "discord nitro",
             "a steam gift card", "some skins", "the battle pass", "£10 phone credit",
             "$20 on cash app", "a roblox gift card", "an amazon voucher", "a new skin",
             "a month of nitro", "a top-up for your phone", "2000 robux", "the new pass",
             "an itunes card", "a google play card", "some gems"],
    "currency": ["robux", "vbucks", "gems", "coins", "nitro", "skins"],
    "card": ["steam", "amazon", "roblox", "itunes", "google play", "xbox", "psn", "apple"],
    "money": ["£20", "£50", "$20", "$50", "£10", "$100", "£30", "$40"],
    "parent": ["mum", "mom", "dad", "step-dad", "stepmum", "stepmom", "nan", "mam", "old man"],
    "parents": ["parents", "mum and dad", "mom and dad", "folks", "parents", "carers"],
    "place": ["the park", "the shopping centre", "the mall", "the bus station", "mcdonalds",
              "the train station", "the corner shop", "the library", "the skate park",
              "the car park behind tesco", "the walmart parking lot", "the leisure centre",
              "the rec", "starbucks", "the cinema", "the end of your road"],
    "time": ["after school", "tonight", "on saturday", "this weekend", "tomorrow", "at 4",
             "friday night", "sunday morning", "tomorrow after school", "at half 3",
             "in the holidays", "next week"],
    "age": ["12", "13", "14", "11", "15", "13"],
    "year": ["year 7", "year 8", "year 9", "year 10", "6th grade", "7th grade", "8th grade", "9th grade"],
    "city": ["manchester", "leeds", "london", "birmingham", "glasgow", "ohio", "texas", "chicago",
             "bristol", "dallas", "cardiff", "phoenix"],
    "friends": ["friends", "mates", "besties", "so-called friends", "group chat", "classmates"],
    "look": ["gorgeous", "stunning", "so pretty", "really fit", "so cute", "beautiful",
             "well fit", "hot", "adorable", "so good looking", "lush"],
    "smile": ["😊", "🙂", "😉", "😘", "❤️", "🥰", "😍", "💕", "x", "xx"],
}

OPENERS = ["hey {name}, ", "hi {name} ", "{name} ", "omg ", "ok so ", "btw ", "lol ", "hey ",
           "hiya ", "yo ", "listen ", "hey you, ", "so ", "aw ", "babe "]
SIGNOFFS = [" {smile}", " {smile}", " lol", " haha", " x", " xx", " ok?", " 😊", " tbh", " fr"]
HARD_SIGNOFFS = [" now", " ok?", "!", " 😡", " last chance", " i mean it", ".", " got it?"]
NET = [(r"\byou're\b", "ur"), (r"\byour\b", "ur"), (r"\byou\b", "u"), (r"\bare\b", "r"),
       (r"\bplease\b", "pls"), (r"\bbecause\b", "cuz"), (r"\bokay\b", "ok"), (r"\breally\b", "rly"),
       (r"\btonight\b", "2nite"), (r"\bthough\b", "tho"), (r"\bgoing to\b", "gonna"),
       (r"\bwant to\b", "wanna"), (r"\bi'm\b", "im"), (r"\bdon't\b", "dont"), (r"\bcan't\b", "cant"),
       (r"\bwhat\b", "wat"), (r"\bpeople\b", "ppl"), (r"\bsomething\b", "smth"),
       (r"\bright now\b", "rn"), (r"\bto be honest\b", "tbh"), (r"\bthanks\b", "thx"),
       (r"\btomorrow\b", "tmrw"), (r"\bpicture\b", "pic"), (r"\bwith\b", "w"), (r"\bit's\b", "its")]


@dataclass(frozen=True)
class Family:
    fid: str
    labels: tuple[str, ...]
    speaker: str
    templates: tuple[str, ...]
    soft: bool = True  # friendly tone: emoji/lol sign-offs; False: pressure sign-offs


FAMILIES: list[Family] = []


def fam(fid: str, labels: str, speaker: str, *templates: str, soft: bool = True) -> None:
    FAMILIES.append(Family(fid, tuple(labels.split()), speaker, templates, soft))


# ---- flattery -------------------------------------------------------------------------------
fam("fl_mature", "flattery", OF,
    "you're [so|really|honestly|actually] mature for your age",
    "you talk like someone way older than {age} [tbh|honestly|to be honest]",
    "i [forget|keep forgetting] you're only {age}, you're so grown up",
    "most kids in {year} are so immature but you're [different|not like that]",
    "you seem [way|so much] older than [other kids|the kids] your age",
    "[honestly|seriously] you're more mature than [people|adults] my age")
fam("fl_looks", "flattery", SA,
    "you're [literally|honestly|so|actually] {look}",
    "your profile pic is [amazing|stunning|🔥|unreal|so nice]",
    "[has anyone ever told you|did you know] you're {look}?",
    "you're {look}, [i bet|i'm sure] everyone at school [says so|tells you]",
    "[wow|omg|damn] you're {look} [in that pic|in your pfp]")
fam("fl_special", "flattery", OF,
    "you're [so|really] special to me {name}",
    "i've never [met|talked to] anyone like you",
    "you're not like other kids, you're [special|different|one of a kind]",
    "talking to you is [the best part of|the highlight of] my day",
    "you're [honestly|genuinely] one in a million")
fam("fl_talent", "flattery", GC,
    "you're so talented, your [drawings|edits|videos|builds] are better than [most adults'|mine]",
    "your [gameplay|building|aim] is insane for [a kid your age|someone who's {age}]",
    "you're [smarter|cleverer|way smarter] than most adults i know",
    "[seriously|honestly] you've got more talent than [anyone|everyone] in this server")
fam("fl_model", "flattery", SA,
    "[honestly|seriously] you could be a model",
    "has anyone ever told you that you could model?",
    "with your looks you'd [get signed|be famous|be an influencer] [easily|in a week]",
    "i know people in [the industry|modelling|fashion], you've [totally|def] got the look",
    "you've got such a model face, [i'm serious|not even joking]")
fam("fl_gamer", "flattery", GC,
    "ur [cracked|insane|goated] at {game} fr, and so [chill|nice] to talk to",
    "best {game} player i've [met|played with] [honestly|tbh], you're [so cool|amazing]",
    "you're [way|so much] better than the [adults|grown ups] in my clan",
    "[gg|ggs] you're honestly the [coolest|nicest|best] person on {game}")
fam("fl_deserve", "flattery", OF,
    "you deserve to be treated like a [princess|queen|king|prince]",
    "someone as [amazing|perfect|lovely] as you deserves [the world|everything]",
    "whoever ends up with you [is|will be] so lucky",
    "you're [too good|way too good] for the [boys|girls|kids] at your school")
fam("fl_pic", "flattery", SA,
    "saw your new pic on {app}, you look so grown up",
    "your [smile|eyes|hair] in that [pic|post|story] {smile}",
    "you look [way|so much] older than {age} in your [pfp|pics|photos]",
    "that [pic|story|post] of you is [gorgeous|perfect|stunning]")
fam("fl_voice", "flattery", GC,
    "your voice is [so|really] [cute|nice|sweet]",
    "you have [such|the] [nicest|cutest|best] laugh",
    "i could listen to you talk [all day|for hours]",
    "[love|i love] hearing your voice in vc, it's [so|really] [cute|calming]")
fam("fl_uk", "flattery", SA,
    "you're [well|proper|dead] [fit|gorgeous|pretty] you are",
    "[proper|dead] mature for {year} you",
    "you're a [proper|right] stunner, [innit|honestly]",
    "[blimey|cor] you look [well|proper] grown up [in that pic|now]")
fam("fl_us", "flattery", SA,
    "you're so mature for [7th|8th|6th] grade",
    "you look [way|like] older than [13|14|12] [in that pic|honestly]",
    "you're [hella|super|crazy] [pretty|cute|gorgeous]",
    "you're [totally|like totally] the prettiest [girl|one] in your [grade|school] i bet")
fam("fl_noteveryone", "flattery", OF,
    "i don't say this to everyone but you're [really|so] special",
    "i [never|don't usually] talk to [people|kids] like this but you're different",
    "there's something [special|different] about you {name}",
    "you make me [so|really] happy, [no one|nobody] else does that")
fam("fl_smart", "flattery", PP,
    "you're [so|really] [smart|clever|deep] for {age}",
    "i love [how|that] you [actually|really] think about stuff, other kids are so boring",
    "you're [literally|honestly] the most interesting person i talk to",
    "you get things most [people|adults] don't [get|understand]")

# ---- personal_info --------------------------------------------------------------------------
fam("pi_age", "personal_info", SA,
    "[wait|so] how old are you?",
    "what age are you [btw|exactly|again]?",
    "asl?",
    "you look about {age}, am i right?",
    "[are you|r u] [11 or 12|12 or 13|13 or 14|14 or 15]?",
    "what year were you born")
fam("pi_school", "personal_info", PP,
    "what school do you go to?",
    "which school [are you at|u at] [btw|then]?",
    "what [year|grade] are you in?",
    "is your school the one near {place}?",
    "what's your school called? [i might know it|i know loads round there]")
fam("pi_area", "personal_info", SA,
    "where do you live?",
    "what area are you in [btw|exactly]?",
    "whereabouts in {city} are you?",
    "are you [near|close to] {place}?",
    "what's your [postcode|zip code|street] lol")
fam("pi_routine", "personal_info", SA,
    "what time do you finish school?",
    "do you walk home [on your own|by yourself]?",
    "what bus do you get home [from school|after school]?",
    "which way do you walk home?",
    "what time do you [leave for|get to] school in the morning?")
fam("pi_home_time", "personal_info", OF,
    "what time do you get home {time}?",
    "are you [usually|normally] [home|back] by 4?",
    "[so|and] what do you do [after school|in the evenings] usually?",
    "what's your [routine|schedule] like [on weekdays|on weekends]?")
fam("pi_looks", "personal_info", SA,
    "what do you look like?",
    "what colour is your hair?",
    "how tall are you [btw|now]?",
    "describe yourself [lol|then]",
    "[are you|r u] [a girl or a boy|a boy or a girl]? [just asking|sorry]")
fam("pi_family", "personal_info", OF,
    "do you have [any|] brothers or sisters?",
    "who do you live with?",
    "is it just you and your {parent}?",
    "do your parents [live together|work]?",
    "how many people live in your house?")
fam("pi_name", "personal_info", SA,
    "what's your [real|full] name?",
    "what's your last name?",
    "when's your birthday?",
    "is that your real name [on here|or a nickname]?",
    "what's your [full name|surname] so i can [find you|look you up]?")
fam("pi_clubs", "personal_info", GC,
    "what clubs do you do after school?",
    "which park do you [play football|skate|hang out] at?",
    "what days do you have [practice|training|dance]?",
    "where do you [go|hang out] on weekends?",
    "do you go to [a youth club|cadets|scouts|church] anywhere?")
fam("pi_region", "personal_info", PP,
    "what state are you in?",
    "what town are you from?",
    "[are you|r u] in the uk or us?",
    "what country [are you in|are u from]?",
    "is that near {city}? [same|i'm from there too]")
fam("pi_room", "personal_info", SA,
    "do you have your own room?",
    "[what's|how's] your room like?",
    "do you share a room with [anyone|your sister|your brother]?",
    "is your bedroom [upstairs or downstairs|at the front or back]?")
fam("pi_peer_intro", "personal_info", PP,
    "i'm {age} too! what school [are you at|do you go to]?",
    "[lol|haha] same age, what year are you in?",
    "i'm in {year} as well, where do you live?",
    "no way we're the same age, [where|what area] are you from?")

# ---- supervision_check ----------------------------------------------------------------------
fam("sc_checkphone", "supervision_check", OF,
    "does your {parent} [ever|] check your phone?",
    "do your {parents} read your messages?",
    "does anyone go through your phone?",
    "do your {parents} [look at|check] your chats?",
    "does your {parent} know your passcode?")
fam("sc_night", "supervision_check", SA,
    "where's your phone kept at night?",
    "do you get to keep your phone in your room at night?",
    "do your {parents} take your phone [at bedtime|at night]?",
    "[are you|r u] allowed your phone in bed?",
    "does your {parent} take your ipad off you at night?")
fam("sc_home", "supervision_check", SA,
    "is anyone home [right now|rn]?",
    "are your {parents} home?",
    "is your {parent} [about|around|in]?",
    "who's in the house with you [right now|rn]?",
    "[are you|r u] on your own [right now|rn]?")
fam("sc_whoreads", "supervision_check", OF,
    "can anyone else see this chat?",
    "does anyone else use your [ipad|tablet|laptop]?",
    "is this your own phone or a family one?",
    "who else [has access to|can get on] this account?",
    "is this account linked to your {parent}'s?")
fam("sc_controls", "supervision_check", GC,
    "do you have parental controls on?",
    "does your {parent} have screen time on your phone?",
    "is your account [linked to|on] family link?",
    "do your {parents} get [notifications|reports] about your [apps|screen time]?",
    "can your {parent} see who you [add|message] on {app}?")
fam("sc_strict", "supervision_check", OF,
    "are your {parents} strict about who you talk to [online|on here]?",
    "would your {parent} [freak|go mad] if [they|she|he] saw you talking to me?",
    "do your {parents} [know|care] who you talk to online?",
    "are your {parents} the type to [check up on you|snoop]?")
fam("sc_awake", "supervision_check", SA,
    "do your {parents} know you're still up?",
    "are your {parents} asleep yet?",
    "is your {parent} in bed?",
    "[has|have] your {parents} gone to bed?",
    "will your {parent} hear you if you're on your phone?")
fam("sc_room", "supervision_check", SA,
    "are you on your own in your room?",
    "is your door shut?",
    "can anyone walk in [on you|right now]?",
    "[are you|r u] somewhere private?",
    "is anyone [near you|with you] right now?")
fam("sc_tracking", "supervision_check", OF,
    "do your {parents} track your location?",
    "is life360 on your phone?",
    "[does|can] your {parent} see where you are on find my?",
    "do your {parents} [know|check] where you go after school?",
    "do you have to share your location with your {parent}?")
fam("sc_schedule", "supervision_check", SA,
    "are your {parents} working late [tonight|today]?",
    "does your {parent} work nights?",
    "how long are your {parents} out for?",
    "when's your {parent} back?")
fam("sc_siblings", "supervision_check", OF,
    "does your [big sister|big brother|older sibling] ever look at your phone?",
    "will your [sister|brother] tell your {parent} [who you talk to|stuff]?",
    "does anyone in your house [snoop|check] on you?")
fam("sc_school", "supervision_check", GC,
    "does your school monitor your [ipad|laptop|chromebook]?",
    "do teachers check your [chromebook|school laptop|messages]?",
    "is this a school [ipad|device] or your own?",
    "does your school [block|see] [this app|discord|chats]?")
fam("sc_canyoutalk", "supervision_check", OF,
    "can you talk [freely|properly] right now?",
    "is it safe to talk?",
    "[are you|r u] alone? can you talk?",
    "[is anyone|anyone] watching [your screen|over your shoulder]?")

# ---- secrecy --------------------------------------------------------------------------------
fam("se_between", "secrecy", OF,
    "keep this between us [ok|okay|yeah]?",
    "this is just between you and me",
    "don't mention me to anyone",
    "[let's|lets] keep this [between us|to ourselves]",
    "what we talk about stays [between us|here]")
fam("se_delete", "secrecy", SA,
    "delete this chat after you read it",
    "[make sure you|remember to] delete our messages",
    "[can you|pls] delete my messages [after|when you've read them]",
    "delete the chat [every night|before bed|when you're done]",
    "[wipe|delete] everything i sent you")
fam("se_donttell", "secrecy", OF,
    "don't tell your {parent} about me",
    "don't tell anyone we talk",
    "you can't tell your {friends} about this",
    "[please|pls] don't tell [anyone|your {parents}] [ok|okay]?",
    "[promise|swear] you won't tell [anyone|your {parent}]")
fam("se_oursecret", "secrecy", OF,
    "this is our [little|] secret {smile}",
    "our secret ok? 🤫",
    "can you keep a secret?",
    "[you're|ur] good at keeping secrets [right|yeah]?",
    "[it's|this is] [our|just our] secret, [nobody|no one] else")
fam("se_history", "secrecy", SA,
    "clear your history after",
    "[wipe|clear] the call log",
    "clear your [search|browser] history [after|when we're done]",
    "delete [the|our] [call|facetime] from your recents")
fam("se_cover", "secrecy", OF,
    "if anyone asks just say i'm a friend from school",
    "tell your {parent} i'm someone from your class",
    "if your {parents} ask, [i'm|say i'm] your [mate's cousin|friend's older sister|friend's brother]",
    "[just|] say you're [texting|talking to] a friend if [they|anyone] [ask|asks]")
fam("se_hide", "secrecy", SA,
    "save me under a different name",
    "put me in your contacts as [sarah|jake|maths homework|football coach]",
    "hide the app [in a folder|so nobody sees it]",
    "[change|rename] my contact to [a girl's name|something boring]",
    "archive our chat so [it doesn't show|no one sees it]")
fam("se_wouldnt", "secrecy", OF,
    "people wouldn't understand [what we have|us], so keep it quiet",
    "[no one|nobody] would get it, so [let's|lets] keep it to ourselves",
    "others might [get the wrong idea|not understand], so don't say anything")
fam("se_noshow", "secrecy", SA,
    "don't show anyone these messages",
    "don't screenshot [this|our chat|anything i send]",
    "[never|don't] show [your {friends}|anyone] our [chats|messages]",
    "these messages are [only|just] for you, don't share them")
fam("se_slang", "secrecy", SA,
    "keep [schtum|shtum] about [us|this] yeah",
    "don't go blabbing [to anyone|to your {parent}]",
    "[mum's|mom's] the word ok?",
    "zip it about [us|this] [lol|ok]",
    "[lips sealed|lips sealed ok]? 🤐")
fam("se_uk_proper", "secrecy", OF,
    "Please don't tell your {parent} that we've been talking.",
    "I'd rather you didn't mention our chats to anyone.",
    "It's best if nobody knows about us for now.",
    "Could you keep our [friendship|chats|messages] private for a while?",
    "Please [don't|do not] [tell|mention this to] your {parent} [or|or any of] your {friends}.",
    "I [think|feel] it's [best|better|wiser] [if|that] [nobody|no one] [knows|hears] about [us|our chats|this] [for now|yet].",
    "[Let's|We should] keep [this|our friendship|what we talk about] to ourselves, [alright|okay]?")
fam("se_afterread", "secrecy", GC,
    "read it then [unsend|delete] it",
    "i'm going to unsend this in a minute, [read it quick|so read it now]",
    "[remove|delete] the messages from {game} chat [too|as well]",
    "delete my friend request history [lol|too]")

# ---- isolation ------------------------------------------------------------------------------
fam("is_parents", "isolation", OF,
    "your {parents} don't get you like i do",
    "your {parent} doesn't [understand|get] you",
    "[sounds like|seems like] your {parents} don't [care|listen to you]",
    "your {parent} [treats you like a baby|doesn't respect you], i never would")
fam("is_onlyme", "isolation", OF,
    "i'm the only one who [really|actually] understands you",
    "nobody gets you like me",
    "no one [cares about|gets] you like i do",
    "i'm the only person you can [really|actually] trust")
fam("is_friends", "isolation", PP,
    "your {friends} are so fake",
    "they don't really care about you",
    "your {friends} [talk about you|laugh at you] behind your back [i bet|tbh]",
    "[real|true] friends wouldn't treat you like that, they're not [real friends|worth it]")
fam("is_dontneed", "isolation", OF,
    "you don't need them, you've got me",
    "you don't need your {friends} [anymore|now]",
    "[forget|drop] them, [i'm|i'll be] all you need",
    "you've got me now, that's all you need")
fam("is_ignore", "isolation", OF,
    "just ignore your {parent}, [she's|he's] being unfair",
    "don't listen to your {friends} about me",
    "[ignore|block] them, they're just [jealous|bad for you]",
    "don't listen to what your {parents} say about [online friends|me]")
fam("is_attention", "isolation", SA,
    "why were you talking to [other people|them]?",
    "i want you to only talk to me",
    "you took ages to reply, who were you with?",
    "[i don't like it|it hurts] when you talk to [other people|other guys|other girls]",
    "[why|how come] you spend [so much time|all your time] with them and not me?")
fam("is_apart", "isolation", OF,
    "your {parents} would try to keep us apart",
    "they'd never let us be friends",
    "[adults|your {parents}|teachers] would [ruin|wreck] this if they knew",
    "your {parent} would [stop|ban] us talking [just because|cause] they don't get it")
fam("is_family_bad", "isolation", OF,
    "it's not fair how your family treats you",
    "sounds like your {parent} is [horrible|awful] to you, you deserve better",
    "your family [don't|doesn't] appreciate you [like i do|at all]",
    "[honestly|tbh] your home sounds [toxic|awful], [you're|ur] better off with me")
fam("is_stay", "isolation", GC,
    "skip [hanging out|going out] with them, stay online with me",
    "[don't|dont] go to [the party|their house|practice], [play|stay] with me instead",
    "who cares about [them|your {friends}], [come|get] on {game} with me",
    "[cancel on|bail on] your {friends}, i'm more fun")
fam("is_adults", "isolation", SA,
    "teachers don't [really|actually] care about you",
    "school counsellors just report everything, don't talk to them",
    "[grown ups|adults] in your life just don't get it, i'm different",
    "[no point|don't bother] talking to [teachers|your {parent}], they won't help")
fam("is_jealous", "isolation", PP,
    "your {friends} are just jealous of us",
    "[they're|theyre] only [saying that|being weird] cause they're jealous",
    "[anyone|everyone] who says bad stuff about me is just [jealous|trying to control you]")
fam("is_happier", "isolation", OF,
    "you'd be happier [without them|away from them]",
    "[they|your {friends}] just hold you back",
    "you're better off [without them|on your own with me]",
    "[honestly|tbh] you're too good for [them|your {friends}]")

# ---- platform_move --------------------------------------------------------------------------
fam("pm_addme", "platform_move", SA,
    "add me on {app}",
    "do you have {app}? add me",
    "[what's|whats] your {app}?",
    "[got|have you got] {app}? [i'll|ill] add you",
    "[can you|pls] add me on {app} [instead|too]")
fam("pm_easier", "platform_move", OF,
    "it's easier to talk on {app}",
    "this app is [rubbish|trash|so laggy], let's move to {app}",
    "[let's|lets] [talk|chat] on {app} instead",
    "{app} is [better|so much better], [come|move] over there",
    "i barely check this app, [message|text] me on {app}")
fam("pm_disappear", "platform_move", SA,
    "let's use {app}, the messages [disappear|delete themselves]",
    "[get|download] telegram, it has [secret chats|self-destruct]",
    "[switch|go] to {app}, [chats|messages] vanish after you read them",
    "{app} is better cause [the messages|everything] [disappears|goes] after")
fam("pm_video", "platform_move", OF,
    "can we video call?",
    "{callapp} me [later|{time}|rn]",
    "[hop|jump] on a [call|vc|video call] [with me|quick]",
    "let's [vc|video chat|facetime] {time}",
    "[can|could] i call you on {callapp}?")
fam("pm_server", "platform_move", GC,
    "join my private [discord|server] [link in dms|i'll send the link]",
    "i made a [server|group|chat] just for us",
    "come to my private server, [no mods|no one else] there",
    "[let's|lets] go to a [private server|vip server] [so it's just us|away from everyone]")
fam("pm_dm", "platform_move", GC,
    "dm me instead of the group chat",
    "message me privately",
    "let's take this to dms",
    "[pm|dm|whisper] me, [not|don't] in [public|the chat]",
    "[slide|come] into my dms [lol|later]")
fam("pm_newaccount", "platform_move", SA,
    "make a second account and add me",
    "[make|create] a [new|spare|finsta] account [just|] for me",
    "[get|make] a [new|private] {app} [so we can talk|to talk to me]",
    "make an account your {parents} don't [follow|know about] and add me")
fam("pm_email", "platform_move", SA,
    "what's your email? i'll [send you the link|message you there]",
    "[give me|send me] your email [and|so] we can [chat|talk] there",
    "[do you have|got] a [gmail|email]? [i'll|ill] [write to|message] you")
fam("pm_vc", "platform_move", GC,
    "come in [voice chat|vc] [on discord|], just us",
    "join vc [rn|later|{time}]",
    "[get|hop] in [call|vc] [with me|quick]",
    "[let's|lets] [talk|call] on discord, [typing|text] is [boring|slow]")
fam("pm_filtered", "platform_move", GC,
    "{game} chat is filtered, add me on {app}",
    "[can't|cant] talk properly on {game}, [what's|whats] your {app}?",
    "[the|this] chat [keeps|is] [tagging|censoring] everything, [let's|lets] move to {app}",
    "[my|i'll put my] {app} is in my bio, add me")
fam("pm_username", "platform_move", SA,
    "my username on {app} is [jay_x|dan.99|mike2k|ryan_lfc|alex.uk]",
    "[search|look up] [jay_x|dan.99|mike2k|ryan_lfc|alex.uk] on {app} [and add me|]",
    "[scan|use] my {app} [code|qr] [to add me|]",
    "here's my {app}: [jay_x|dan.99|mike2k|ryan_lfc|alex.uk] [message me there|]")
fam("pm_call", "platform_move", OF,
    "can i call you?",
    "[ring|call] me later",
    "[can|could] we [talk|chat] on the phone [instead|sometime]?",
    "i [wanna|want to] hear your voice, [call|ring] me")
fam("pm_text", "platform_move", SA,
    "[just|] text me instead",
    "[let's|lets] [text|message] [off here|outside the app]",
    "[it'd|it would] be [easier|quicker] if we [texted|messaged directly]",
    "[can we|let's] [take this|move this] [off this app|somewhere else]?")

# ---- gifts ----------------------------------------------------------------------------------
fam("gi_send", "gifts", GC,
    "i'll send you {item}, no big deal",
    "[want|do you want] {item}? i've got loads",
    "i can [get|send] you {item} [rn|tonight|later]",
    "[i'll|ill] [gift|give] you {item} [lol|if you want]")
fam("gi_nostrings", "gifts", OF,
    "it's a gift, no strings attached",
    "{item} for you, [no strings|nothing in return]",
    "[don't worry|dw] about paying me back for the {currency}",
    "[just|] take the {currency}, [it's|its] [free|on me]")
fam("gi_cards", "gifts", SA,
    "i can get you a {card} gift card",
    "[want|do you want] a {money} {card} card?",
    "[i'll|ill] [buy|send] you a {card} [gift card|voucher] [tonight|later]",
    "[what|which] gift card [do you want|would you like]? {card}?")
fam("gi_topup", "gifts", SA,
    "i'll top up your phone",
    "[need|want] some phone credit? i'll [sort it|pay]",
    "[i'll|ill] [put|add] {money} on your phone",
    "[i'll|ill] pay your phone bill [this month|if you want]")
fam("gi_cash", "gifts", OF,
    "i'll send you {money} on cash app",
    "[want|need] some money? [i'll|ill] [paypal|send] you {money}",
    "[what's|whats] your [cash app|paypal|venmo]? [i'll|ill] send you {money}",
    "[i'll|ill] transfer you [some|a bit of] money [for the weekend|tonight]")
fam("gi_pass", "gifts", GC,
    "i'll buy you the battle pass",
    "[i'll|ill] get you [the new skin|that skin|the bundle] you wanted",
    "[want|do you want] [premium|vip|the starter pack] in {game}? [i'll|ill] buy it",
    "[i'll|ill] [unlock|buy] [everything|the whole shop] for you on {game}")
fam("gi_owe", "gifts", GC,
    "you owe me one [haha|lol]",
    "[sent you|there's] {item}, you owe me one {smile}",
    "[remember|don't forget] who got you the {currency} [lol|haha]",
    "[there you go|done], {item} sent [lol|haha]")
fam("gi_physical", "gifts", SA,
    "i'll buy you a new phone",
    "i'll get you [those trainers|those sneakers|that hoodie|airpods] you wanted",
    "[want|do you want] [a new phone|an ipad|a switch]? [i'll|ill] [post|send] it",
    "[i'll|ill] [order|buy] you [something nice|a present] [online|this week]")
fam("gi_treat", "gifts", OF,
    "i'll pay for your [nails|hair|lashes]",
    "[i'll|ill] [buy|get] you [food|pizza|a takeaway] [tonight|on uber eats]",
    "[i'll|ill] [treat|spoil] you [lol|for once]",
    "you deserve [a treat|something nice], [i'll|ill] [sort it|buy it]")
fam("gi_giveaway", "gifts", GC,
    "i picked you to win {item}",
    "[you won|congrats you won] my {currency} giveaway",
    "[i'm|im] giving away {item} and [you're|ur] the winner",
    "[only|just] you get the [free|] {currency} [lol|this time]")
fam("gi_birthday", "gifts", OF,
    "what do you want for your birthday? i'll get it",
    "[tell me|send me] your [wishlist|list], [i'll|ill] [buy|get] something",
    "[i'll|ill] [get|buy] you [whatever|anything] you want",
    "[christmas|birthday] [present|pressie] is on me this year")
fam("gi_special", "gifts", OF,
    "i don't [buy|do this] for just anyone",
    "[you're|ur] the only one i [send|buy] {currency} for",
    "i [like|love] spoiling you {name}",
    "[you're|ur] worth [every penny|all the {currency}]")

# ---- sexual_content -------------------------------------------------------------------------
fam("sx_kiss", "sexual_content", SA,
    "have you ever kissed anyone?",
    "[ever|have you] had your first kiss?",
    "[have you|u] ever kissed a [boy|girl]?",
    "[are you|r u] a good kisser? [lol|😏]",
    "[who|who was] your first kiss?")
fam("sx_wearing", "sexual_content", SA,
    "what are you wearing?",
    "what [are you|r u] wearing [right now|rn] 😏",
    "[describe|tell me] what you're wearing",
    "[are you|r u] [still|] in your [pjs|pyjamas|pajamas]? 😏")
fam("sx_virgin", "sexual_content", SA,
    "are you a virgin?",
    "have you done it yet?",
    "[have you|u] [ever|] done [stuff|anything] with [a boy|a girl|anyone]?",
    "[be honest|honestly], [are you|r u] [still|] a virgin?")
fam("sx_bed", "sexual_content", SA,
    "do you sleep in just a tshirt?",
    "what do you wear to bed?",
    "[do you|u] [sleep|wear] anything [in bed|to bed]? 😏",
    "[bet|i bet] you look cute in your pjs 😏")
fam("sx_older", "sexual_content", SA,
    "ever thought about doing stuff with an older guy?",
    "have you ever been with someone older?",
    "[would you|do you] [date|like] someone older?",
    "do you [like|prefer] older [guys|men|girls|women]?",
    "[older guys|older men] know [how to treat you|more], [you know|just saying] 😏")
fam("sx_howfar", "sexual_content", SA,
    "how far have you gone with your [boyfriend|girlfriend|ex]?",
    "[what have|what've] you done with your [boyfriend|girlfriend]? 😏",
    "[have you|did you] [ever|] [do|done] more than kiss?",
    "[how|what] [base|bases] have you [got to|been to] [lol|😏]")
fam("sx_think", "sexual_content", OF,
    "do you think about that kind of stuff?",
    "do you [ever|] think about me at night? 😏",
    "[have you|u] [ever|] had [those|naughty] thoughts [about someone|about me]?",
    "do you [like|get] [that kind of|naughty] attention?")
fam("sx_innuendo", "sexual_content", SA,
    "i'd show you a few things if you were here 😏",
    "bet you're a naughty one [lol|😏]",
    "[i could|i'd] teach you [some things|a lot] 😏",
    "you'd be [fun|so much fun] [to play with|alone] 😏",
    "[if only|wish] you were [older|here], the things [i'd|we'd] do 😏")
fam("sx_inbed", "sexual_content", SA,
    "are you in bed [right now|rn] 😏",
    "[are you|r u] in the bath? 😏",
    "[just|] got out the shower? 😏",
    "[are you|r u] [lying|laying] in bed [thinking about me|alone]? 😏")
fam("sx_watch", "sexual_content", SA,
    "have you ever seen [anything|stuff] grown-up online?",
    "do you [ever|] watch [adult|18+] [stuff|videos]?",
    "[have you|u] [ever|] looked at [naughty|dirty] [sites|stuff]?",
    "[want|do you want] me to [show you|send you] [something|a link] for grown ups?")
fam("sx_crazy", "sexual_content", PP,
    "what's the craziest thing you've done with someone?",
    "[truth|tell me the truth], [what's|whats] the [naughtiest|dirtiest] thing you've done?",
    "[have you|u] [ever|] [done stuff|played games] like [spin the bottle|7 minutes in heaven]?",
    "[what|wat] would you do if we were alone [together|in a room] 😏")
fam("sx_body", "sexual_content", SA,
    "[do you|u] [like|love] your body?",
    "[what|which] [bra|underwear] size [are you|do you wear]?",
    "[are you|r u] [developed|developing] [yet|for your age]?",
    "[what|wat] [colour|color] is your underwear? 😏")
fam("sx_crush", "sexual_content", OF,
    "do you get butterflies when we talk? [😏|i do]",
    "[what|wat] would you [let me|want me to] do if i was there? 😏",
    "[have you|u] [ever|] wanted to [kiss|be with] someone older?",
    "[do you|u] [ever|] practise kissing on your pillow [lol|😏]")

# ---- image_request --------------------------------------------------------------------------
fam("ir_send", "image_request", SA,
    "send me a [pic|picture|photo]",
    "send a selfie [rn|right now|quick]",
    "[can you|pls] send [a pic|a picture] of you?",
    "[got|have you got] any [pics|photos] of you?",
    "[let me see|show me] a [pic|selfie] of you")
fam("ir_showme", "image_request", OF,
    "show me what you look like",
    "[let me|i wanna] see you [properly|in real life]",
    "show me your [face|hair|outfit] [lol|then]",
    "[prove|show] [you're|ur] as {look} as your pfp")
fam("ir_cam", "image_request", GC,
    "turn your cam on",
    "[put|switch] your camera on [in call|in vc|for me]",
    "[cam|camera] on [pls|please|quick]",
    "why is your [cam|camera] off? [turn|put] it on")
fam("ir_video", "image_request", SA,
    "send me a video of you [dancing|doing a tiktok dance]",
    "[film|record] yourself [doing the dance|for me]",
    "[send|post] me a [vid|video] [of you|just for me]",
    "[make|do] a [video|vid] for me [later|{time}]")
fam("ir_uniform", "image_request", SA,
    "send a pic in your [school|] uniform",
    "[show me|pic of] you in your [uniform|pe kit|school clothes]",
    "[what does|show me what] your [uniform|school outfit] look[s|] like on you",
    "[take|snap] a [pic|photo] in your uniform [after school|tomorrow]")
fam("ir_justforme", "image_request", OF,
    "send one just for me",
    "[just|only] for me, [no one|nobody] else [sees|will see] it",
    "[a|one] [special|private] pic [just|only] for me [please|pls]",
    "[i'd|i would] [love|like] a pic [just for me|of you]")
fam("ir_outfit", "image_request", SA,
    "show me your outfit",
    "[send|take] a full [length|body] pic",
    "[fit check|outfit check] [pls|send it|?]",
    "[send|show] me [what you're wearing|your fit] [rn|today]")
fam("ir_proof", "image_request", SA,
    "prove you're real, send a pic [holding up 3 fingers|with a peace sign]",
    "[i don't believe|not sure] [it's|its] you, [send|take] a [selfie|pic] now",
    "[send|take] a [live|new] pic [to prove it|so i know it's you]",
    "[verify|prove it], [pic|selfie] with [today's date|my name] on paper")
fam("ir_mirror", "image_request", PP,
    "mirror selfie?",
    "[send|do] a mirror [pic|selfie]",
    "[can u|can you] [do|take] a mirror pic for me",
    "[send|snap] me a [selfie|pic] [from your room|where you are]")
fam("ir_snap", "image_request", PP,
    "snap me a pic of your face",
    "[send|streak] me a [snap|pic] [of you|with your face in it]",
    "[your|ur] [streaks|snaps] never have your face, send one [lol|pls]",
    "[send|show] me your [face|smile] on snap")
fam("ir_more", "image_request", SA,
    "send more [pics|photos]",
    "[another|one more] [pic|photo] pls",
    "[got|have you got] [any|more] [other|newer] pics?",
    "[keep|more] [pics|photos] [coming|please] {smile}")
fam("ir_swap", "image_request", PP,
    "i'll send one if you send one",
    "[pic|photo] for [pic|photo]?",
    "[swap|trade] pics? [you first|i'll go after]",
    "[i've|ive] [sent|shown] you mine, your turn")
fam("ir_live", "image_request", SA,
    "[can i|let me] see you on [camera|cam] [quick|for a sec]?",
    "[go live|do a live] [just|] for me",
    "[show|turn] the camera [on yourself|to you] [pls|please]",
    "[i want to|wanna] see you [live|on video] [tonight|now]")

# ---- meetup ---------------------------------------------------------------------------------
fam("mu_meet", "meetup", OF,
    "we should meet up",
    "let's meet in real life",
    "[when|when can] we [meet|hang out] [irl|in person]?",
    "[i'd|i would] love to meet you [in person|irl] [sometime|soon]",
    "[wanna|want to] meet [up|] {time}?")
fam("mu_pickup", "meetup", SA,
    "i can pick you up from {place}",
    "[i'll|ill] pick you up [from school|after school|{time}]",
    "[want|need] a lift? i can [come get you|pick you up]",
    "[i'll|ill] [come|drive] [and get you|over] {time}")
fam("mu_alone", "meetup", SA,
    "come on your own",
    "[just|] come alone [ok|okay]?",
    "[make sure|be sure] [it's|its] just you [when you come|{time}]",
    "[meet me|come] [on your own|by yourself] at {place}")
fam("mu_school", "meetup", SA,
    "i'll be near your school tomorrow",
    "[i'm|im] [going to be|gonna be] [near|outside] your school {time}",
    "[i'll|ill] wait [outside|by the gates of|near] your school",
    "[i'm|im] [around|near] your school [a lot|on my way home], [say hi|come say hi]")
fam("mu_nobody", "meetup", SA,
    "don't bring anyone",
    "[don't|dont] bring your {friends} [when we meet|]",
    "[no|leave your] [friends|mates], [just|only] you and me at {place}",
    "[you can't|don't] bring [anyone|your {friends}] [ok|to meet me]?")
fam("mu_fare", "meetup", SA,
    "i'll pay for your [bus|train|uber] [to come see me|here]",
    "[i'll|ill] send you [bus fare|train money|money for an uber] to [come|meet me]",
    "[i'll|ill] [book|get] you a [train|bus|taxi] [ticket|] to {city}",
    "[don't worry|dw] about [the fare|getting here], [i'll|ill] [pay|sort it]")
fam("mu_mine", "meetup", SA,
    "you could come to mine [{time}|sometime]",
    "[come round|come over] [to mine|to my place] {time}",
    "[stay|sleep] over at mine [{time}|this weekend]",
    "[my place|my flat|my house] is [free|empty] {time}, come [over|round]")
fam("mu_takeout", "meetup", OF,
    "i'll take you to [mcdonalds|the cinema|starbucks|the arcade] {time}",
    "[let me|i'll] take you [out|somewhere nice] {time}",
    "[we could|let's] [go|get food] [shopping|somewhere] together {time}",
    "[wanna|want to] go to [the cinema|the mall|the arcade] with me {time}?")
fam("mu_visit", "meetup", SA,
    "i'll be in {city} next week, [let's meet|we should meet]",
    "[i'm|im] [coming|driving] to {city} {time}, [meet me|come see me]",
    "[i'm|im] visiting [your area|near you] {time}, [can we|let's] meet?",
    "[i'll|ill] [come|travel] to [your town|yours|you] [just|] to see you")
fam("mu_drive", "meetup", SA,
    "i've got a car, i can drive you [anywhere|wherever]",
    "[get in|hop in] [the car|my car] [when i get there|and we'll go somewhere]",
    "[i'll|ill] [drive|take] you [for a drive|round] {time}",
    "[i'll|ill] be the [silver|black|white] car [outside|at {place}]")
fam("mu_wait", "meetup", SA,
    "i'll wait for you at {place}",
    "[meet me|i'll meet you] at {place} {time}",
    "[be|come] at {place} at [4|5|6|half 4] [ok|yeah]?",
    "[i'm|im] [at|near] {place} [now|rn], [come|can you come]?")
fam("mu_proper", "meetup", OF,
    "It would be lovely to finally meet you in person.",
    "Shall we meet at {place} {time}?",
    "I think it's time we met face to face.",
    "Let me know when you're free and I'll come and meet you.")

# ---- coercion -------------------------------------------------------------------------------
fam("co_sextort", "coercion", SA,
    "send another or i'll show your {friends}",
    "[do what i say|send it] or [everyone|your whole school] sees [the pics|your pic]",
    "i've got your pics, [do what i say|you know what happens if you don't]",
    "[one more|another] or i [post|share] [it|them] [everywhere|online]",
    soft=False)
fam("co_cared", "coercion", OF,
    "if you cared you would",
    "[if you|if u] [really|actually] [liked|cared about] me you'd [do it|prove it]",
    "[guess|so] you don't [care|love me] [then|after all]",
    "[i thought|thought] you [were different|cared], [clearly not|guess not]",
    soft=False)
fam("co_deadline", "coercion", SA,
    "you have [10|5|15] minutes",
    "[do it|send it|answer me] [before|by] [midnight|9|tonight] or else",
    "[i'm|im] [counting|waiting], [you've got|you have] [until|till] [10|tonight]",
    "[clock's|times] ticking",
    soft=False)
fam("co_money", "coercion", SA,
    "send me {money} in gift cards or [else|you'll regret it]",
    "[buy|get] a {money} {card} card and send me the code [now|tonight]",
    "[pay|send] me {money} or [everyone|your {parents}] [finds out|will know]",
    "[i want|i need] {money} [by tonight|today], [no excuses|don't test me]",
    soft=False)
fam("co_guilt", "coercion", OF,
    "after everything i've done for you",
    "[you're|ur] [so|really] ungrateful",
    "[i've|ive] [been|done] so much for you and [this is|that's] how you [repay|treat] me?",
    "[you're|ur] making me [really|so] [sad|upset], [why|how] would you do this to me",
    soft=False)
fam("co_tell", "coercion", SA,
    "i'll tell your {parent} what you've been saying",
    "[i'll|ill] [send|show] our chats to your {parents}",
    "[imagine|think] what your {parent} [would|will] say if [i|they] saw [this|our chats]",
    "[i'll|ill] [tell|message] your school [about you|what you did]",
    soft=False)
fam("co_heart", "coercion", OF,
    "you're breaking my heart, i thought you cared",
    "[if you|if u] [leave|stop talking to me] i [don't know what i'll do|can't cope]",
    "[don't|dont] [do this|leave] to me, [i need you|you're all i have]",
    "[i'll|ill] be [really|so] [hurt|upset] [if you don't|unless you do it]",
    soft=False)
fam("co_prove", "coercion", SA,
    "prove you trust me",
    "[if you|if u] trust me [you'll|you would] do it",
    "[show me|prove] [you're|ur] [not a baby|mature enough] [then|and do it]",
    "[it's|its] [just|only] a test, [do it|prove it] [for me|]",
    soft=False)
fam("co_ignore", "coercion", SA,
    "stop ignoring me",
    "answer me [now|right now]",
    "[why|how come] [are you|r u] ignoring me?? [answer|reply]",
    "[reply|text me back] [or else|now|i'm waiting]",
    "[i can|i know you can] see you're online, [answer|reply] me",
    soft=False)
fam("co_post", "coercion", SA,
    "i'll post your [pics|photos|videos] everywhere",
    "[everyone|the whole internet] [will|is gonna] see [it|them]",
    "[i'll|ill] make [a|an] [account|page] with your pics [on it|and tag your school]",
    "[i've|ive] got your {friends}' [names|accounts], [want me to|should i] send [it|them]?",
    soft=False)
fam("co_toodeep", "coercion", SA,
    "you already sent one so you're [in too deep|in this now]",
    "[you've|youve] [already|] done it once, [no going back|can't stop now]",
    "[you're|ur] in [trouble|this] too [now|you know], [so do it|so keep going]",
    "[too late|no point] [saying no|stopping] now",
    soft=False)
fam("co_everyone", "coercion", PP,
    "everyone does it, don't be a baby",
    "[stop being|don't be] [such a|a] [baby|kid|loser] [about it|]",
    "[all|every] [the other girls|the other kids|girls your age] [do it|send them]",
    "[it's|its] [normal|no big deal], [just|] [do it|stop whining]",
    soft=False)
fam("co_block", "coercion", OF,
    "if you block me i'll [find you|make another account]",
    "[don't|dont] [even think about|try] blocking me",
    "[i know|i've got] [where you live|your school|your address], [don't|dont] block me",
    "[you can't|cant] [get rid of|escape] me [that easily|lol]",
    soft=False)

# ---- multi-label families -------------------------------------------------------------------
fam("mx_secret_pic", "secrecy image_request", SA,
    "send me a pic but don't tell anyone",
    "[send|take] a [pic|selfie] [and|then] delete [it|the chat] after",
    "[a|one] pic [just|] for me, our secret 🤫",
    "[send|show] me [a pic|a selfie] [and|but] [don't|dont] tell your {parent}")
fam("mx_gift_platform", "gifts platform_move", GC,
    "add me on {app} and i'll send you {item}",
    "[i'll|ill] [send|give] you {item} if you [message me|add me] on {app}",
    "[free|] {currency} for you, [just|] [dm|add] me on {app} [to claim|first]",
    "[got|have you got] {app}? [i'll|ill] [send|gift] the {currency} there")
fam("mx_meet_sup", "meetup supervision_check", SA,
    "are your {parents} home {time}? i could come [over|round]",
    "[i'll|ill] [pick you up|come get you] when your {parent} [is at work|goes out]",
    "[will|is] your {parent} be [out|away] {time}? [we could|let's] meet",
    "[come|sneak] out [when|once] your {parents} [are asleep|go to bed]")
fam("mx_coerce_pic", "coercion image_request", SA,
    "send [another|a pic] [now|rn] or [i'll|ill] [show|send] the last one to your {friends}",
    "[you have|you've got] [10|5] minutes to send [a|another] [pic|video]",
    "[if you|if u] [cared|loved me] [you'd|u would] send a [pic|photo]",
    "[send|take] the [pic|photo] [or else|or we're done|now]",
    soft=False)
fam("mx_flat_pic", "flattery image_request", SA,
    "you're so {look}, send me [a pic|another pic]",
    "[your|ur] [pfp|pics] [are|is] {look}, [got|send] any more?",
    "[bet|i bet] you look {look} [today|rn], [show me|send a selfie]",
    "[someone|a girl|a boy] as {look} as you [should|has to] send [more pics|selfies]")
fam("mx_pi_sup", "personal_info supervision_check", SA,
    "what time do your {parents} get back?",
    "[when|what time] [are you|r u] home alone?",
    "what time do you get home? is anyone [there|in]?",
    "[are you|r u] [home alone|on your own] after school [usually|most days]?",
    "[how long|how many hours] [are you|r u] [home|on your own] before your {parent} gets back?")
fam("mx_sex_pic", "sexual_content image_request", SA,
    "send a pic of what you're wearing [rn|to bed] 😏",
    "[show me|send a pic of] you in your [pjs|pyjamas] 😏",
    "[pic|selfie] from [bed|the bath]? 😏",
    "[send|show me] [something|a pic] [naughty|a bit cheeky] 😏")
fam("mx_iso_secret", "isolation secrecy", OF,
    "your {parents} wouldn't understand us, so don't tell them",
    "[they'd|they would] [ruin|split] us [up|], keep it [secret|quiet]",
    "[don't|dont] tell your {friends}, they don't [care|get you] like i do",
    "[only i get you|i'm the only one who gets you], [so|and] this stays between us")
fam("mx_gift_coerce", "gifts coercion", GC,
    "you owe me after the {currency}",
    "[i sent|i gave] you {item}, [now|so] you [have to|owe me]",
    "[after all|i spent loads on] the {currency} [and you|you] [won't|can't] do [this|one thing]?",
    "[pay me back|return the favour] [for the {currency}|] or [else|i'll tell everyone]",
    soft=False)
fam("mx_pi_platform", "personal_info platform_move", SA,
    "give me your number",
    "what's your [number|phone number|digits]?",
    "[send|text] me your number [and|so] [i'll|we can] [text you|whatsapp]",
    "[can i|could i] [have|get] your number? [easier|quicker] than [this app|here]")
fam("mx_meet_secret", "meetup secrecy", SA,
    "let's meet {time} but don't tell your {parent}",
    "[meet me at|come to] {place} [and|but] [don't|dont] tell anyone",
    "[say|tell your {parent}] [you're|ur] at a friend's [and|then] [come|meet me]",
    "[nobody|no one] [needs to|has to] know [we're meeting|about meeting {time}]")
fam("mx_gift_pic", "gifts image_request", SA,
    "i'll send you {item} for a pic",
    "[one|a] [pic|selfie] and the {currency} [are|is] yours",
    "[send|show] me a [pic|video] [and|then] [i'll|ill] [get you|buy] {item}",
    "{item} if you turn your cam on")
fam("mx_flat_meet", "flattery meetup", OF,
    "you're so {look}, i [need|have] to meet you",
    "[someone|a girl|a boy] as [special|mature] as you [deserves|should have] [a date|someone to take them out], let's meet {time}",
    "[i'd|i would] love to meet the most {look} [person|girl|boy] i know {time}",
    "[you're|ur] so mature, [we could|let's] [hang out|meet up] [irl|in person]")
fam("mx_plat_secret", "platform_move secrecy", SA,
    "turn on vanish mode so nobody sees",
    "[let's|lets] use {app} so your {parents} [can't see|don't find out]",
    "[move to|add me on] {app}, [and|then] [delete|clear] this chat",
    "[put|turn] [the chat|our chat] on disappearing [so no one|so your {parent} can't] [sees|see]")
fam("mx_meet_pi", "meetup personal_info", SA,
    "what's the nearest [station|bus stop] to you? i'll come",
    "[where|which park] do you [live near|hang out]? [i'll|ill] [come|meet you there]",
    "[what's|send me] your address, [i'll|ill] [come|pick you up] {time}",
    "[what time|when] do you finish school? [i'll|ill] [meet|get] you [after|there]")
fam("mx_coerce_secret", "coercion secrecy", SA,
    "if you tell anyone you'll be in [big|so much] trouble",
    "[tell|say] anything and [i'll|ill] [send|post] [your pics|everything]",
    "[don't|dont] [tell|tell anyone] or [else|you'll regret it]",
    "[keep quiet|keep your mouth shut] or [your {parents}|everyone] [find out|see]",
    soft=False)
fam("mx_flat_secret", "flattery secrecy", OF,
    "you're so mature, that's why i trust you to keep [this|us] secret",
    "[you're|ur] [special|different], so this [stays|is] between us",
    "[i've|ive] never met anyone as {look} as you, [don't|dont] tell anyone about us",
    "[mature|grown up] [people|girls|boys] like you know how to keep [secrets|a secret]")
fam("mx_sup_secret", "supervision_check secrecy", SA,
    "does your {parent} check your phone? [delete|clear] this if [so|she does|he does]",
    "[if|when] your {parents} [check|look at] your phone, [hide|delete] our chat",
    "[can|does] anyone [see|read] your messages? [better|best] delete them",
    "[is|are] your {parents} [nosy|strict]? [don't|dont] let them see [this|me]")
fam("mx_plat_video_pic", "platform_move image_request", PP,
    "[facetime|video call] me [rn|{time}], [i wanna|want to] see you",
    "[add me on|message me on] {app} and send [a pic|selfies] there",
    "[get on|hop on] {callapp} with your [cam|camera] on",
    "{app} me a [pic|selfie] [rn|later]")
fam("mx_sex_flat", "sexual_content flattery", SA,
    "you're so {look}, [have you|u] ever kissed anyone?",
    "[bet|i bet] someone as {look} as you has [kissed loads|done stuff] 😏",
    "you're [so|really] mature, [ever|have you] thought about [older guys|someone older]? 😏",
    "[you're|ur] {look}, [what|wat] [are you|r u] wearing? 😏")
fam("mx_iso_platform", "isolation platform_move", OF,
    "your {friends} don't get you, talk to me on {app} instead",
    "[forget|ignore] them and [add|message] me on {app}",
    "[only i really care|i'm the only one who cares] about you, [let's|lets] [talk|chat] on {app}",
    "[leave|leave] the group chat, [it's|its] [toxic|fake], just [dm|text] me")
fam("mx_meet_gift", "meetup gifts", SA,
    "meet me at {place} and i'll [give|bring] you {item}",
    "[come|meet me] {time}, [i've|ive] got [a present|something] for you",
    "[i'll|ill] [buy|get] you [anything|whatever] you want [if|when] we meet {time}",
    "[i'll|ill] [bring|have] the {currency} [card|code] [when|if] you [come|meet me]")
fam("mx_pi_sup2", "personal_info supervision_check", OF,
    "who's home after school at yours? what time do you get in?",
    "[when|what time] does your {parent} [leave for work|go out]? [and|so] [you're|ur] on your own?",
    "[is it|so it's] just you [at home|in the house] [after school|until 6]?",
    "[what days|which days] [are you|r u] home alone?")
fam("mx_coerce_meet", "coercion meetup", SA,
    "meet me {time} or [i'll|ill] [send|post] [your pics|everything]",
    "[you're|ur] [coming|meeting me] {time}, [no excuses|don't let me down]",
    "[if you|if u] [don't|dont] [come|meet me] [i'll|ill] [come to|find] your [house|school]",
    "[you have to|you need to] meet me [now|{time}], [you owe me|after everything]",
    soft=False)
fam("mx_sex_secret", "sexual_content secrecy", SA,
    "what are you wearing? don't tell anyone i asked 😏",
    "[have you|u] [ever|] kissed anyone? [this|it] stays between us",
    "[are you|r u] a virgin? [you can|u can] tell me, [i won't|wont] tell anyone",
    "[delete|clear] this after [lol|😏], [what|wat] [do you|u] wear to bed?")


fam("is_demand", "isolation", OF,
    "you should be spending [your time|weekends] with me, not them",
    "[why do you|why d'you] [even|] [hang out|bother] with [them|your {friends}]?",
    "[i|i've] [noticed|seen] you [always|] [pick|choose] them over me",
    "[it's|its] me or them {name}, [you choose|your call]")
fam("is_outsider", "isolation", PP,
    "[we're|we are] the same, [everyone else|the rest of them] [is|are] [boring|fake]",
    "[it's|its] [us|you and me] against [everyone|the world]",
    "[no one|nobody] at your school [deserves|gets] you",
    "you [don't|dont] fit in with them cause you're [better|more mature]")
fam("mx_flat_platform", "flattery platform_move", PP,
    "you're [so|really] {look}, [add me on|what's your] {app}?",
    "[you're|ur] [so|really] mature, [let's|lets] [talk|chat] on {app} instead",
    "[honestly|tbh] [you're|ur] the [coolest|nicest] person on here, [add me|dm me] on {app}",
    "[someone|a girl|a boy] as {look} as you [needs|should have] {app}, add me")
fam("mx_gift_secret", "gifts secrecy", GC,
    "i'll send you {item} but don't tell anyone",
    "[here's|sent] {item}, [keep it|it's] [our secret|between us]",
    "[don't|dont] tell your {parent} [about|where you got] the {currency}",
    "[if anyone asks, say|just say] you [won|earned] the {currency} [yourself|in a giveaway]")
fam("mx_sup_pic", "supervision_check image_request", SA,
    "are you on your own? [send a pic|turn your cam on]",
    "[is|are] your {parents} [asleep|out]? [send|show me] a [selfie|pic] [now|then]",
    "[when|once] your {parent} [goes to bed|is out], [turn your cam on|send me a video]",
    "[is anyone|anyone] [in your room|with you]? [if not|no?] [send a pic|cam on]")
fam("mx_iso_meet", "isolation meetup", OF,
    "your {parents} don't get you, come [stay|live] with me [instead|for a bit]",
    "[forget|ditch] your {friends} and [meet me|come out with me] {time}",
    "[you'd|u would] be happier with me than [them|at home], [let's|lets] meet",
    "[nobody|no one] [cares about you|gets you] like me, [come see me|let me pick you up] {time}")
fam("mx_pi_flat", "personal_info flattery", SA,
    "you're so mature, how old are you [really|actually]?",
    "[you're|ur] {look}, what school [do you go to|are you at]?",
    "[you seem|u seem] [way|so] older than {age}, [where do you live|what year are you in]?",
    "[omg|wow] {look}, [where are you from|what area are you in]?")
fam("mx_coerce_gift_money", "coercion gifts", GC,
    "[i|i've] [bought|got] you {item}, now [send me|you do] something [for me|back]",
    "[you took|u took] the {currency}, [so|now] you [owe me|do what i say]",
    "[i'll|ill] [report|hack] your account [unless|if you don't] [do it|pay me back] [for the {currency}|]",
    "[no more|no] {currency} [until|unless] you [do what i ask|prove you care]",
    soft=False)
fam("mx_plat_sup", "platform_move supervision_check", SA,
    "do your {parents} check your {app}? [if not|no?] add me there",
    "[is|are] your {parents} on {app}? [if not|no?] let's [talk|chat] there",
    "[can|does] your {parent} see your {app}? [let's|lets] move there if not",
    "[use|get] {app}, your {parents} won't [check|see] it [there|]")
fam("mx_sex_meet", "sexual_content meetup", SA,
    "come [over|round] {time}, i'll teach you [some things|how to kiss] 😏",
    "[meet me|let's meet] {time}, [we|we'll] [could have|have] some [fun|grown-up fun] 😏",
    "[have you|u] ever kissed anyone? [meet me|come to mine] and [find out|practise] 😏",
    "[when|once] we meet [i'll|we'll] [see|find out] [if you're|if ur] a good kisser 😏")
fam("mx_pic_platform_secret", "image_request platform_move secrecy", SA,
    "send [a pic|pics] on {app} [with|on] disappearing, [no one|nobody] will know",
    "[add me on|go on] {app} and send [a pic|a selfie], then [delete it|clear the chat]",
    "[use|send it on] {app} so [it deletes|it's gone] and your {parent} [never|won't] see[s|]",
    "[snap|send] me a [pic|video] on {app}, [our|it's our] secret 🤫")
fam("mx_pi_sec", "personal_info secrecy", OF,
    "what school do you go to? [don't|dont] tell anyone i asked",
    "[where|what area] do you live? [keep it|this is] between us",
    "[tell me|what's] your [address|street], [i won't|wont] tell anyone [and you shouldn't either|]",
    "[what's|whats] your [real|full] name? [it's|its] our secret")


# ---- the work -------------------------------------------------------------------------------
SLOT_RE = re.compile(r"\{(\w+)\}")
ALT_RE = re.compile(r"\[([^\[\]]*)\]")


def fill(template: str, rng: random.Random) -> str:
    text = ALT_RE.sub(lambda m: rng.choice(m.group(1).split("|")), template)
    text = SLOT_RE.sub(lambda m: rng.choice(SLOTS[m.group(1)]), text)
    return re.sub(r"\s+", " ", text).replace(" ,", ",").replace(" ?", "?").strip()


def typo(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    spots = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not spots:
        return text
    i = rng.choice(spots)
    w = words[i]
    j = rng.randrange(1, len(w) - 2)
    kind = rng.randrange(3)
    if kind == 0:
        w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    elif kind == 1:
        w = w[:j] + w[j + 1:]
    else:
        w = w[:j] + w[j] + w[j:]
    words[i] = w
    return " ".join(words)


def style(text: str, rng: random.Random, soft: bool) -> str:
    if text[:1].isupper():  # hand-written proper lines stay mostly proper
        return text if rng.random() < 0.6 else text.lower().rstrip(".")
    if rng.random() < P_OPENER:
        text = fill(rng.choice(OPENERS), rng) + " " + text
    kinds = list(STYLE_WEIGHTS)
    kind = rng.choices(kinds, weights=[STYLE_WEIGHTS[k] for k in kinds])[0]
    if kind == "proper":
        text = re.sub(r"\bi\b", "I", text)
        text = re.sub(r"\bi'(m|ll|ve|d)\b", r"I'\1", text)
        text = text[:1].upper() + text[1:]
        if text[-1:].isalnum():
            first = text.split(" ")[0].lower().strip(",")
            text += "?" if first in QUESTION_WORDS else "."
    elif kind == "net":
        for pat, rep in NET:
            text = re.sub(pat, rep, text)
        text = text.replace("'", "") if rng.random() < 0.5 else text
        text = text.rstrip(".")
    elif kind == "typo":
        text = typo(text, rng)
    if rng.random() < P_SIGNOFF:
        sign = fill(rng.choice(SIGNOFFS if soft else HARD_SIGNOFFS), rng)
        text = text + ("" if sign in ("!", ".") else " ") + sign
    return text


def generate(rng: random.Random) -> list[dict]:
    rows: list[dict] = []
    seen: set[str] = set()
    for family in FAMILIES:
        got = 0
        for _ in range(PER_FAMILY * TRIES_PER_LINE):
            if got >= PER_FAMILY:
                break
            text = style(fill(rng.choice(family.templates), rng), rng, family.soft)
            key = text.strip().lower()
            if key in seen:
                continue
            seen.add(key)
            got += 1
            rows.append({"text": text, "labels": list(family.labels), "kind": "grooming",
                         "speaker": family.speaker, "family": f"groom_{family.fid}"})
    return rows


def _summary() -> None:
    rows = generate(random.Random(1))
    labels = ("flattery", "personal_info", "supervision_check", "secrecy", "isolation", "platform_move",
              "gifts", "sexual_content", "image_request", "meetup", "coercion")
    print(f"{len(rows)} lines, {len(FAMILIES)} families")
    for label in labels:
        n = sum(label in r["labels"] for r in rows)
        f = sum(label in fm.labels for fm in FAMILIES)
        print(f"  {label}: {n} lines, {f} families")


if __name__ == "__main__":
    _summary()
