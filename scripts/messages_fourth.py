"""Fourth author's message families: modern app-native chat (Roblox, Discord, Snapchat, Fortnite,
Instagram, TikTok, WhatsApp), 2020s slang ("ngl", "fr", "lowkey", "bestie", "no cap", "bet"),
British and American spelling and vocabulary side by side (mum/mom, year 7/7th grade,
football/soccer), typos, emoji, indirect asks, euphemism, behaviour buried in small talk,
multi-label lines and very short fragments; plus innocent look-alikes of every behaviour from the
people children really talk to (parents, grandparents, step-parents, teachers, coaches, tutors,
club leaders, older siblings, cousins, same-age friends and partners, babysitters, a friend's
parent) and ordinary everyday chat. Imported by scripts/make_messages.py; quick self-check:

    python scripts/messages_fourth.py

`generate(rng)` returns rows with family "fourth/<id>"; the template format, the row fields and
the drawing of lines are in scripts/families.py. Content is kept non-graphic: sexual_content
lines are innuendo or questions only.
"""

from __future__ import annotations

import random

import families

__all__ = ["FAMILIES", "generate"]

# ---- defaults ---------------------------------------------------------------------------
LINES_PER_FAMILY = (20, 30)  # distinct lines wanted per family (inclusive range)
ATTEMPTS_PER_LINE = 30  # fills tried per wanted line before a family gives up
P_LOWER = 0.3  # chance a casual line is lowercased (same rate for grooming and young speakers)
P_TYPO = 0.08  # chance a casual line gets one swapped-letter typo
P_TAIL = 0.08  # chance a casual line gets a neutral emoji tail (same rate for every kind)

SA, PP, OF, GC = "stranger_adult", "adult_posing_as_peer", "online_friend_adult", "gaming_contact_adult"
CASUAL = ("school_friend", "gaming_friend", "older_sibling", "cousin", "teen_partner", "babysitter")
TAILS = [" 🙂", " 😅", " 😂", " 👍", " 🤷", " ✌️", " 😊", " 🙃"]

SLOTS: dict[str, list[str]] = {
    "app": ["snap", "snapchat", "insta", "whatsapp", "telegram", "tiktok", "imessage", "signal", "kik"],
    "game": ["roblox", "fortnite", "minecraft", "among us", "brawl stars", "fc 25", "rocket league",
             "valorant", "overwatch", "blox fruits", "adopt me"],
    "cur": ["robux", "vbucks", "gems", "coins", "credits"],
    "amt": ["400", "800", "1000", "2k", "1,700", "5k", "10k", "1200"],
    "item": ["battle pass", "new skin", "discord nitro", "gift card", "headset", "airpods", "bundle",
             "hoodie", "limited pet"],
    "cash": ["£10", "£25", "$20", "$40", "£50", "$15", "$60", "£30"],
    "big": ["£200", "$300", "$500", "£250", "$150", "£400", "$1000"],
    "gc": ["roblox", "steam", "amazon", "apple", "google play", "xbox", "psn", "nintendo", "spotify"],
    "par": ["mum", "mom", "dad", "mam", "stepmum", "stepmom", "stepdad", "nan", "grandma", "auntie"],
    "pars": ["parents", "folks", "mum and dad", "mom and dad", "rents", "carers"],
    "yr": ["year 7", "year 8", "year 9", "7th grade", "8th grade", "6th grade", "year 10", "9th grade"],
    "age": ["11", "12", "13", "14", "15"],
    "place": ["the retail park", "the bus station", "mcdonald's", "the cinema", "the skatepark",
              "the corner shop", "the rec", "the mall", "the station car park", "tesco", "target",
              "the 7-eleven", "the leisure centre", "the arcade"],
    "when": ["after school", "tonight", "on saturday", "on sunday", "tmrw", "friday night",
             "this weekend", "after practice", "at lunch", "after footy", "after soccer"],
    "time": ["3:15", "4:30", "half 5", "6pm", "7:30", "9am", "10", "quarter to 4", "5:45"],
    "dl": ["10 mins", "an hour", "20 minutes", "30 mins", "2 hours", "15 minutes", "half an hour"],
    "by": ["midnight", "9pm", "the end of tonight", "tomorrow morning", "10pm", "home time"],
    "them": ["your mum", "your mom", "your whole school", "your class group chat", "all your followers",
             "your dad", "your teachers", "your team", "all your friends", "your form tutor"],
    "e": ["😘", "🥺", "😉", "🤭", "💕", "🫶", "😏", "🙈", "✨", "😳", "👀", "🫣"],
    "ee": ["🥺🥺", "🫶🫶", "😏😏", "👀👀", "💕✨", "😳😳", "😘💕", "🙈🙈", "🫣🫣", "😉😉"],
    "pe": ["😭", "💀", "🫶", "✨", "💅", "🔥", "😍", "🥹", "❤️", "😂"],
    "end": ["fr", "ngl", "no cap", "fr fr", "tbh", "lowkey", "deadass", ""],
    "lol": ["lol", "lmao", "😭", "💀", "haha", "lmaoo", "", "😂"],
    "fname": ["Amara", "Finn", "Sofia", "Josh", "Lily", "Mason", "Freya", "Dev", "Poppy", "Jayden",
              "Hannah", "Ali", "Evie", "Tyler", "Grace"],
    "lname": ["Patel", "Hughes", "Okafor", "Brennan", "Lopez", "Kowalski", "Reid"],
    "sport": ["football", "soccer", "netball", "swimming", "basketball", "gymnastics", "cricket",
              "dance", "hockey", "volleyball"],
    "subj": ["maths", "math", "science", "english", "history", "spanish", "french", "geography",
             "computing", "art"],
    "rel": ["Uncle Dave", "Auntie Sam", "Aunty Priya", "Uncle Mo", "Auntie Jo", "Uncle Tom"],
    "tea": ["6", "half 6", "6:30pm", "7", "5:30"],
    "day": ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
}

FAMILIES = families.Families()
g, n, u = FAMILIES.g, FAMILIES.n, FAMILIES.u


# ############################################################################################
# GROOMING
# ############################################################################################

# ---- flattery --------------------------------------------------------------------------------
g("flat_maturity", "flattery", PP, [
    "ngl you talk way more grown up than [people|kids] your age {e}",
    "[u|you] [dont|don't] seem {age} at all, [u|you] seem like [16|17|18|an adult] {end}",
    "[honestly|lowkey] [ur|you're] more mature than [most|half the] adults i know",
    "you're not like the other [kids|girls|boys] in {yr}, [ur|you're] on another level {end}",
    "i keep forgetting [ur|you're] only in {yr} [tbh|fr], [u|you] [act|think] [so much older|like someone my age]",
    "[the way|how] [u|you] [handle|deal with] stuff is [so|crazy] mature {e}",
    "[talking to you|chatting w u] feels like talking to [an adult|someone my age] {end}",
    "[no cap|fr] [ur|you're] the most mature [person|one] [in this server|on here|in this gc]",
    "[wait|hold on] [ur|you're] {age}?? [u|you] [text|write] like [a uni student|a grown woman|a grown man]",
])
g("flat_looks", "flattery", SA, [
    "[ur|your] [pfp|profile pic|new pic] is [actually|lowkey] [stunning|so pretty|unreal] {ee}",
    "[wait|omg] [ur|you're] [literally|actually] [so|like] [gorgeous|beautiful] {e}",
    "the [filter|avatar] doesn't even do you justice, [ur|you're] [way|so much] prettier irl [i bet|im sure]",
    "[how|hw] [are|r] [u|you] [this|so] [pretty|cute] at {age} {ee}",
    "[that|ur] [tiktok|story|reel] [earlier|rn]... [ur|you're] [honestly|actually] model material {e}",
    "every [pic|post] u [post|put up] [gets|is] [prettier|cuter] {ee}",
    "[u|you] [could|should] [literally|actually] be [an influencer|on tv|a model] [w|with] [that|ur] [face|smile]",
    "[ur|your] [eyes|smile|hair] [in that pic|on ur story] [tho|though] {ee}",
    "[no cap|fr] [ur|you're] the [prettiest|cutest|most gorgeous] [person|girl] [on my fyp|i've ever seen]",
])
g("flat_special", "flattery", OF, [
    "[ur|you're] [honestly|genuinely] the best part of my day {e}",
    "[i've|ive] never [clicked|vibed] with [anyone|someone] like [this|i do with u] {end}",
    "[ur|you're] [so|really] special to me [bestie|hun], [u|you] know that right",
    "[nobody|no one] [on here|in this server|online] [compares|comes close] to [u|you] {end}",
    "[i|] [swear|honestly] [u|you] [make|light up] my whole [day|week] {ee}",
    "[ur|you're] [one of a kind|not like anyone else] [fr|no cap], [i'm|im] [so|really] lucky [i found|to have] [u|you]",
    "[ur|you're] [literally|actually] [perfect|an angel] [the way u are|inside and out] {e}",
    "[i|] [think|thought] about how [amazing|special] [u|you] are [all day|at work today] {e}",
])
g("flat_vc", "flattery", GC, [
    "[ur|you're] [goated|cracked] at {game} AND [ur|you're] [cute|pretty]? [unfair|not fair] {e}",
    "[ur|your] [voice|laugh] [in vc|on mic] is [so|actually] cute [ngl|tbh]",
    "[u|you] [sound|seem] [so|way] [older|more mature] [on mic|in vc] than {age} {end}",
    "[best|prettiest] [player|girl] [in|on] [this|the] [server|lobby] [by far|easily] {ee}",
    "[ur|your] [avatar|skin|fit] [is|looks] [cute|pretty] but i bet [ur|you're] [cuter|prettier] irl {e}",
    "[ngl|fr] [ur|you're] [way|so] [smarter|more mature] than the [grown men|adults|teens] in [this|my] [clan|squad]",
    "[ur|you're] [too|way too] [cute|pretty] to be [this|so] good at {game} {ee}",
])
g("flat_fragments", "flattery", SA, [
    "[so|soo|sooo] pretty {e}", "[gorgeous|stunning] [fr|tbh|{ee}]", "[ur|you're] perfect {e}",
    "cutest pfp [fr|ngl|ever]", "mature af {e}", "[u|you] [r|are] beautiful {e}",
    "[literal|actual] angel {ee}", "model vibes {e}", "way too pretty for {yr}",
    "[10/10|11/10] {e}", "prettiest in [ur|your] [school|year|grade] [fr|deffo|defo]",
    "[ur|you're] so fine {e}", "[that|ur] smile tho {ee}",
])
g("flat_buried", "flattery", OF, [
    "[ugh|lol] mondays {lol} anyway has anyone told u [ur|you're] [really|super] [pretty|mature]?",
    "[my|the] [train|bus] [was|is] [late|delayed] again {lol}, [btw|also] [ur|your] [new|last] [pfp|post] [is|was] [insane|stunning] {e}",
    "how was {sport} [today|earlier]? [bet|i bet] [u|you] [looked|were] the [prettiest|cutest] one there {e}",
    "did u finish ur {subj} [hw|homework]? [ur|you're] [so|way too] [smart and pretty|mature] for {yr} {end}",
    "[this|the] weather is [mid|grim|trash] {lol}, good thing [ur|your] [selfies|pics] [brighten|make] my [day|feed] {ee}",
    "[lol|haha] that [meme|video] was so dumb {lol} ur [honestly|literally] the [funniest|cutest] person i know {e}",
    "my [cat|dog] is being so annoying {lol} unlike [u|you], [ur|you're] [perfect|an angel] {e}",
])

# ---- personal_info ---------------------------------------------------------------------------
g("pi_age", "personal_info", PP, [
    "[wait|hold up] how old [r|are] [u|you] [again|actually|fr]?",
    "[u|you] [seem|look] [about|like] {age}? [am i right|close?]",
    "[what|wat] [year|grade] [r|are] [u|you] in [now|rn|this year]?",
    "[when's|whens] [ur|your] birthday [btw|tho]? [and|like] how old will u be",
    "[ur|you're] in {yr} [right|yeah]? [or|] [older|younger]?",
    "[be|] honest [r|are] [u|you] [under|over] {age} [lol|{e}]",
    "[how|hw] old [r|are] [u|you] [irl|in real life] [tho|though], not [ur|your] [roblox|discord|game] age",
    "[random|random q] but what year were [u|you] born {lol}",
])
g("pi_school", "personal_info", SA, [
    "[which|what] school [do u go to|u at|are you at] [btw|tho]? [i|] [might|prob] know it",
    "[is|] [ur|your] school [the one|that one] [near|by] {place}?",
    "what [colour|color] is [ur|your] [uniform|school hoodie|school jumper]? [just|] wondering {lol}",
    "[what time|when] [does|do] [ur|your] school [finish|let out|get out]?",
    "[what's|whats] [ur|your] [form tutor's|homeroom teacher's|teacher's] name {lol}",
    "do [u|you] [walk|get the bus|bike] [to|home from] school? [which way|what route]?",
    "[what|which] [school|academy|middle school] [r|are] [u|you] at, i think i saw the [badge|logo] in [ur|a] pic",
    "[which|what] [class|form|homeroom] [r|are] [u|you] in, like [the letter|the number|the teacher]?",
])
g("pi_location", "personal_info", SA, [
    "[where|wat part] [abouts|of town] do [u|you] live [tho|btw]?",
    "[what's|whats] [ur|your] postcode [roughly|like first half]? [i'll|ill] [see|check] [how far|if we're close]",
    "[whats|what's] [ur|your] zip code [tho|btw]? [im|i'm] [tryna|trying to] see how close [we are|u are]",
    "[r|are] [u|you] [near|close to|by] {place}? [which|what] street",
    "[turn on|share] [ur|your] [snap map|location|find my] so i can see [where u are|ur area] {lol}",
    "[u|you] live in a [house|flat|apartment]? [what|which] [road|street|estate]",
    "what [city|town|state] [r|are] [u|you] [in|from]? like [exactly|specifically]",
    "[whats|what's] the nearest [big shop|park|train station] to [ur|your] house {end}",
])
g("pi_routine", "personal_info", OF, [
    "[what time|when] do [u|you] [usually|normally] get home [from school|on weekdays]?",
    "[r|are] [u|you] [usually|normally] [home alone|on ur own|by urself] [after school|in the evenings]?",
    "[what|which] [days|nights] [r|are] [u|you] [usually|normally] [on ur own|home alone|by urself]?",
    "[what's|whats] [ur|your] routine like? [like|] [what time|when] [u|do u] [go to bed|get up|leave for school]",
    "do [u|you] [walk|go] home [alone|by yourself|on ur own] or [w|with] [friends|mates]?",
    "[what time|when] [does|do] [ur|your] [{sport}|club|practice] [finish|end] on {day}?",
    "[which|what] [bus stop|route|shortcut] do [u|you] [use|take] [every day|on the way home]?",
    "[r|are] [u|you] [always|usually] [up|awake] [late|past midnight] on school nights?",
])
g("pi_identity", "personal_info", PP, [
    "[what's|whats] [ur|your] [real|full] name [tho|btw]? not [ur|your] [user|username|gamertag]",
    "[whats|what's] [ur|your] [last name|surname]? i [wanna|want to] know the real [u|you]",
    "[whats|what's] [ur|your] [phone|mobile|cell] number [btw|tho]?",
    "[whats|what's] [ur|your] [mum's|mom's|dad's] name {lol} [random|just curious]",
    "[what's|whats] [ur|your] [email|gmail] [btw|tho]? [just|] [in case|for later]",
    "[do u|u] have [brothers|sisters|siblings]? [how old|what ages] [r|are] they",
    "[what's|whats] [ur|your] [birthday|date of birth] [exactly|like the date]?",
    "[is|] [that|ur] [user|username] [ur|your] real name [lol|?] like what's [ur|your] [surname|last name]",
])
g("pi_buried", "personal_info", OF, [
    "[lol|haha] my [niece|nephew|cousin] is in {yr} too, [which|what] [year|grade] [r|are] [u|you]?",
    "[omg|lol] [i|] [grew up|used to live] [near|around] {place}, is that near [u|you]?",
    "i [love|used to love] {sport}, [which|what] [club|team] do u [play for|train at] and [when|what nights]?",
    "[random q|random] but [what|which] [bus|train] do u get [home|to school] {lol}",
    "[wait|lol] do [u|you] [go|walk] past {place} [every day|on the way home]?",
    "[gg|ggs] {lol} [btw|also] how old [r|are] [u|you] [again|anyway], [u|you] [play|sound] [older|so mature]",
    "[that|the] [rain|heat] is [mad|crazy] today {lol}, [where|what part of the country] [r|are] [u|you] [btw|anyway]?",
])

# ---- supervision_check -------------------------------------------------------------------------
g("sup_now", "supervision_check", SA, [
    "[is|r] [ur|your] {par} [home|around|in] [rn|right now]?",
    "[who|who's] [else|] [is|] [home|in the house] [w|with] [u|you] [rn|tonight]?",
    "[can|could] [anyone|ur {pars}] [see ur screen|hear u] [rn|atm]?",
    "[r|are] [u|you] in [ur|your] room or [w|with] the family [rn|atm]?",
    "[did|has] [ur|your] {par} [gone|go] [to bed|out|to work] [yet|already]?",
    "[is|r] [ur|your] [door|bedroom door] [shut|closed|locked] [rn|atm]?",
    "[when|what time] do [ur|your] {pars} [go to sleep|fall asleep]?",
    "[r|are] [ur|your] {pars} [downstairs|in the next room|still up] [rn|tho]?",
])
g("sup_phone_checks", "supervision_check", OF, [
    "does [ur|your] {par} [go through|check|scroll through] [ur|your] [phone|dms|chats]?",
    "does [anyone|ur {par}] [know|have] [ur|your] [passcode|password|pin]?",
    "[is|r] there [family link|screen time|parental controls|bark|life360] on [ur|your] [phone|ipad|tablet]?",
    "does [ur|your] {par} [get|see] [ur|your] [notifications|screen time report] [on their phone|too]?",
    "[r|are] [ur|your] [chats|dms] [ever|] [checked|monitored|looked at] by [anyone|ur {par}]?",
    "[can|does] [ur|your] {par} [see|read] [ur|your] [discord|snap|insta] [messages|dms]?",
    "[how often|do] [ur|your] {pars} [check|look at] [ur|your] [phone|camera roll|friends list] {end}",
])
g("sup_device", "supervision_check", GC, [
    "[where|wat room] do [u|you] [keep|charge|leave] [ur|your] phone at night?",
    "do [u|you] [have to|gotta] [hand in|give] [ur|your] phone [at night|before bed|to ur {par}]?",
    "[is|r] [ur|your] [ipad|tablet|laptop|pc|xbox] in [ur|your] [room|bedroom] or the [living room|lounge|family room]?",
    "do [u|you] [game|play {game}] in [ur|your] room or where [ur|your] {pars} can see?",
    "does [ur|your] {par} [take|confiscate] [ur|your] phone [at|after] [bedtime|10|9]?",
    "[r|are] [u|you] allowed [ur|your] phone in bed {end}?",
    "[is|] [ur|your] [headset|pc|console] in [ur|your] room or [downstairs|in the kitchen]?",
])
g("sup_shared_account", "supervision_check", GC, [
    "[is|] [this|that] [account|ipad|phone] [just|only] [yours|urs] or do [u|you] share it [w|with] [ur|your] [brother|sister|{par}]?",
    "does [anyone|ur {par}] [else|] [log into|use|have access to] [ur|your] [account|discord|roblox]?",
    "[is|] [ur|your] [email|account] [linked|connected] to [ur|your] {par}'s?",
    "[does|] [ur|your] {par} [get|see] [ur|your] [roblox|xbox|psn] [friend requests|friends list]?",
    "who [set up|manages] [ur|your] [account|phone settings]? [ur|your] {pars}?",
    "does [ur|your] {par} [get|receive] [an email|a ping] [when|every time] [u|you] [add|accept] [someone|a friend]?",
    "[is|] [ur|your] [account|phone] a [kid|child|family] account or [a normal|ur own] one {lol}",
])
g("sup_timing", "supervision_check", OF, [
    "[when|wat time] [r|are] [u|you] [usually|] free to [chat|talk] [without|w/o] [anyone|ur {pars}] around?",
    "[lmk|let me know] when [ur|your] {pars} [r|are] [asleep|out|gone] [so|and] [we can|we'll] [talk|chat] properly",
    "[text|msg] me [when|once] [the coast is clear|ur {par} goes out|ur {par} leaves]",
    "[r|are] [u|you] [by yourself|on ur own|alone] yet? [lmk|tell me] when",
    "[what|which] [night|day] [r|are] [ur|your] {pars} [usually|normally] out?",
    "[is|] {day} [still|] the night [ur|your] {par} [works late|goes out]?",
    "[r|are] [ur|your] {pars} [gonna|going to] be [home|in] {when}?",
])
g("sup_fragments", "supervision_check", SA, [
    "{par} [home|around|there]?", "[u|r u] [alone|solo] [rn|atm]?", "[coast|is the coast] clear?",
    "[they|ur {pars}] [asleep|gone] [yet|?]", "[who's|whos] [there|with u] [rn|?]", "can [u|you] talk [freely|rn]?",
    "[anyone|any1] [watching|looking at] [ur|your] screen?", "[r|are] [u|you] in [ur|your] room [alone|rn]?",
    "[phone|ipad] [get|gets] checked?", "[door|bedroom door] [shut|locked]?", "{pars} [out|in bed] yet?",
    "[any1|anyone] [home|in] {end}?",
])

# ---- secrecy ---------------------------------------------------------------------------------
g("sec_dont_tell", "secrecy", OF, [
    "[dont|don't] [mention|tell] [me|us|this] to [ur|your] {par} [ok|k|yeah] {e}",
    "[ur|your] {par} [doesn't|dont] need to [know|hear] about [me|us|our chats] {end}",
    "if [anyone|ur {par}] asks, [say|just say] [i'm|im] [from school|a friend from {game}|ur cousin|someone ur age]",
    "[pls|please] [dont|don't] tell [ur|your] [friends|bestie|mates] about [me|us] [yet|ok]",
    "[let's|lets] [keep|just keep] [this|us|it] [between us|to ourselves|lowkey] [fr|ok|{e}]",
    "[this|what we talk about] [stays|is] [just|only] [ours|for us] [ok|right|yeah] {ee}",
    "[u|you] can't tell [anyone|a soul] about [this|us] [promise|pinky promise] {e}",
    "[ur|your] [teachers|school|bestie] [don't|dont] need to [know|find out] [we talk|about me] {end}",
])
g("sec_delete", "secrecy", SA, [
    "[delete|clear] [our|this] [chat|convo|dm] [after|when] [u|you] read it [ok|k]",
    "[make sure|remember to] [delete|clear] [everything|the chat] every night [ok|k]",
    "[dont|don't] [screenshot|ss|save] [anything|my msgs|this] [ok|pls]",
    "[archive|hide] [our|this] chat so it [doesn't|dont] [show|pop up] {end}",
    "[delete|remove] me from [ur|your] [contacts|recents] after [lol|ok]",
    "[save|put] me in [ur|your] phone [as|under] [a different name|'{fname}'|'maths group'|'homework help'] [ok|k] {e}",
    "[unsend|delete] [that|my last] [msg|message] [lol|asap] [after|once] [u|you] [read|see] it",
    "[clear|wipe] [ur|your] [call log|recents|search history] [after|when] we [talk|call] {end}",
])
g("sec_cover_story", "secrecy", OF, [
    "if [ur|your] {par} asks who [u're|ur] [texting|talking to], [say|tell them] [it's|its] {fname} from [school|class]",
    "[just|] tell [them|ur {par}] we met [in|on] [a school gc|{game}], not [how|where] we [actually|really] met",
    "[pretend|act like] [i'm|im] [a girl|a boy|someone] [ur|your] age if [anyone|they] [asks|ask]",
    "[u|you] [don't|dont] have to lie [just|] [dont|don't] bring me up [lol|{e}]",
    "[say|tell them] [i'm|im] [ur|a] [tutor|cousin|mate's older sister|mate's older brother] if they [see|ask about] my name",
    "[if|when] [anyone|ur {par}] [sees|spots] [my name|our chat], [say|tell them] [it's|its] [a group chat|for a school project]",
    "[just|] [say|tell ur {par}] [ur|you're] [on the phone|facetiming] [w|with] {fname} [lol|ok]",
])
g("sec_our_thing", "secrecy", OF, [
    "[this|what we have] is [our|just our] [little|] [thing|world|secret] {ee}",
    "[i|] [trust|only trust] [u|you] [with this|to keep it quiet] [bestie|hun] {e}",
    "[ppl|people|adults] [wouldn't|won't] [get|understand] [us|this], so [keep it|it stays] [quiet|lowkey|between us]",
    "[it's|its] [more|extra] [special|fun] when [nobody|no one] [else|] knows {e}",
    "[we're|were] [like|basically] [secret besties|a secret club|secret friends] [lol|{ee}]",
    "[i've|ive] never told [anyone|a soul] about [u|you] [either|too], so [it's|its] [fair|even]",
    "[some things|our chats] [are|r] [just|only] for [us|us two] {end} {e}",
])
g("sec_fragments", "secrecy", SA, [
    "[shh|shhh|shhhh] {ee}", "[dont|don't] [tell|say] [lol|k]", "[keep it|keep] [lowkey|on the low|on the dl] [fr|k]",
    "[del|delete] [that|this] [pls|k]", "[just|only] us {e}", "[no one|nobody] [can|needs to] know",
    "[secret|our secret] [ok|k|?]", "[u|you] [told|tell] [anyone|any1]?", "[dont|don't] [ss|screenshot] [k|pls]",
    "[wipe|clear] [it|chat] [k|now]", "[zip it|lips sealed] 🤐", "[hide|archive] [the|this] chat",
])
g("sec_buried", "secrecy", OF, [
    "[lol|omg] [that|ur] {subj} teacher sounds [awful|so strict] {lol} anyway [dont|don't] tell [ur|your] {par} [we chat|about me] [ok|k]",
    "[gg|ggs] [on|in] {game} [earlier|today] {lol}, [also|btw] [delete|clear] [our|the] [dms|chat] [later|tonight] [yeah|k]",
    "[happy|hope u had a good] [friday|weekend] [bestie|hun] {e}, [and|] remember [this|we] [stays|stay] [between us|lowkey]",
    "[ur|your] [dog|cat|hamster] [is|looks] [so cute|adorable] {lol}. [btw|also] [no one|nobody] [needs to|has to] know we talk [tho|ok]",
    "did [u|you] [watch|see] the new [episode|season] [yet|]? [btw|anyway] keep [our|these] [chats|convos] [to yourself|on the low] [k|ok]",
    "[ugh|lol] [my|the] wifi [is|keeps] [dying|lagging] {lol} [oh and|also] [dont|don't] [mention|say] my name [at home|to anyone] {end}",
])

# ---- isolation -------------------------------------------------------------------------------
g("iso_friends_fake", "isolation", OF, [
    "[ur|your] [friends|mates|gc] [don't|dont] [even|actually] care about [u|you] like i do",
    "[ngl|fr] [ur|your] [friends|besties] [sound|seem] [fake|two-faced|jealous] [af|tbh]",
    "[they|ur friends] [only|just] [text|msg|talk to] [u|you] when they [need|want] [something|smth]",
    "[i|] bet [they|ur mates] [talk|chat] about [u|you] [behind ur back|in a gc without u]",
    "[u|you] [deserve|need] [better|real] friends [tbh|fr], not [them|people like them]",
    "[i'm|im] [ur|your] [real|only real] [friend|bestie] [fr|no cap], [they're|theyre] [not|] [the same|it]",
    "[those|ur] [school|irl] friends [don't|dont] [get|see] the real [u|you] [like|the way] i do {e}",
])
g("iso_family", "isolation", OF, [
    "[ur|your] {par} [doesn't|dont] [get|understand] [u|you] [at all|like i do]",
    "[they|ur {pars}] [treat|are treating] [u|you] [like a baby|like a kid] {end}, [u|you] deserve [freedom|better|space]",
    "i would never [shout|yell] at [u|you] [like that|the way they do] {e}",
    "[ur|your] [sister|brother|sibling] [sounds|is] [so annoying|so mean|a brat], [just|] ignore [them|it] and [talk to|come to] me",
    "[go|] [stay|hide] in [ur|your] room and [talk to|chat w] me [instead of|not] [them|ur family]",
    "[they|ur family] will never [listen|care] [like|the way] i do {end}",
    "[ur|your] {pars} [r|are] [so|lowkey] [toxic|strict] [tbh|ngl], [i'm|im] the only [one|person] [on ur side|who gets it]",
])
g("iso_attention", "isolation", PP, [
    "[why|y] [r|are] [u|you] [ignoring|leaving] me [on read|on delivered] [rn|again]?",
    "[u|you] [said|promised] [u'd|youd] [be|stay] [online|on] [tonight|all night], [where|wya]?",
    "i need [u|you] to [answer|reply] [straight away|instantly|asap] [when|whenever] i [msg|text]",
    "[pls|please] [dont|don't] [go|leave] [yet|rn], stay [w|with] me [a bit|5 more mins] {ee}",
    "[u|you] [were|been] [online|active] [but|and] [didn't|didnt] [reply|answer] me?? [wow|ok]",
    "i [get|feel] [so|really] [lonely|sad] when [u|you] [don't|dont] [talk to|message] me [all day|for a day]",
    "[text|msg] me [first thing|good morning] [every day|when u wake up] [ok|k] {e}",
])
g("iso_exclusive", "isolation", OF, [
    "[it's|its] [just|only] [u|you] and me [now|vs the world] {e}",
    "[u|you] [don't|dont] need [anyone|any1] else [tbh|when u have me]",
    "[promise|pls promise] [ur|you're] [only|just] [talking|chatting] to me [on here|like this]",
    "i [don't|dont] [like|want] [u|you] [talking|gaming] [to|with] other [people|ppl|guys|girls] {end}",
    "[unfollow|block|leave] [them|that gc|that server] [for me|pls], [u|you] [have|got] me",
    "[i'm|im] [all|the only one] [u|you] [need|have] {end} {e}",
    "[who|which] else [r|are] [u|you] [talking to|texting] [rn|tonight]? [i|] [thought|figured] it was just me",
])
g("iso_gaming", "isolation", GC, [
    "[leave|quit] [that|ur] [clan|squad|server] and [just|] [play|duo] [w|with] me",
    "[ur|your] [squad|team] [is trash|is bad] and they [don't|dont] [even|] [rate|respect] [u|you]",
    "[why|y] do [u|you] [even|] [play|hang] w [them|those kids], they [always|] [leave|kick] [u|you]",
    "[mute|kick|block] [ur|your] friends [in|on] [vc|discord], [it's|its] [better|more chill] [just|w] us",
    "[they|ur mates] [wouldn't|won't] [even|] [notice|care] if [u|you] [left|quit] {end}",
    "[u|you] [don't|dont] need [ur|your] [clan|irl friends] when [u've|you've] got me [carrying|backing] [u|you]",
    "[only|just] [queue|play] [w|with] me [from now on|tonight], [not|forget] [them|the others]",
])
g("iso_fragments", "isolation", PP, [
    "[ur|your] friends [r|are] [fake|mid] {e}", "[just|only] [me|us] [now|tho] {e}", "[ditch|skip|bail on] them [tonight|lol]",
    "they [don't|dont] [care|get u]", "[u|you] [got|have] me [tho|tho fr]", "[why|y] [hang|go] w them",
    "[don't|dont] [go|leave], [stay|talk to me]", "[pick|choose] me [instead|lol]", "[who|wat] needs them {e}",
    "[stay|stay home] and [talk|game] w me", "[forget|block] them {e}", "[me|i'm] all u need {end}",
])

# ---- platform_move ---------------------------------------------------------------------------
g("pm_app", "platform_move", PP, [
    "[add|hmu on|drop ur] {app} [tho|fr|no cap]",
    "[this|roblox|the game] chat [blocks|tags|filters] [everything|half my msgs] [lol|💀], [what's|whats] [ur|your] {app}",
    "do [u|you] have {app}? [way|much] [easier|better] [to talk|than here]",
    "[i'll|ill] [send|drop] my {app} in [a|the] [sec|dm], [add|accept] me [k|ok]",
    "[can't|cant] [say|type] [much|anything] [here|in game] {lol}, [go|move] [to|on] {app}",
    "[let's|lets] [move|switch|take this] [to|over to] {app} [ngl|fr] this [app|server] [is|gets] [laggy|dead|mid]",
    "[scan|add] my {app} [code|username] [its|it's] [in my bio|on my profile]",
    "[we|u] should [talk|chat] on {app} [instead|from now on] {end}",
])
g("pm_call", "platform_move", OF, [
    "[wanna|let's] [facetime|vc|call] [instead of|rather than] [typing|texting]?",
    "i [wanna|want to] hear [ur|your] voice [tho|fr], [call|ring] me [on|via] {app}?",
    "[u|you] [free|up] for a [call|facetime|vc] [tonight|after school|later]?",
    "[let's|lets] [just|] [ft|facetime|video chat] [instead|it's quicker]",
    "[join|hop in] [my|a] [private|] [vc|voice channel|call] [rn|quick]",
    "[ring|call] me [on|through] [whatsapp|discord|{app}] [later|tonight] [yeah|k]?",
    "[typing|texting] is [so|too] slow {lol} [call|vc] me [instead|rn]",
])
g("pm_invite", "platform_move", GC, [
    "i [sent|dropped] [u|you] [an|the] invite to my [discord|server|group chat], [accept|join] [it|]",
    "[join|come to] my [private|vip] server [on|in] {game} [its|it's] [better|less laggy]",
    "[i|] [made|set up] a [server|gc|group] [for|on] {app}, [click|tap] the link i [sent|dm'd]",
    "[friend|add] me on [discord|xbox|psn] and [accept|check] [the|my] [request|invite]",
    "[let's|lets] [continue|talk] in [my|a] [discord|server] [dms|channel] [not|instead of] [here|this game]",
    "[check|open] [ur|your] [dms|requests] on {app}, [i|] [sent u a request|added u] {end}",
    "[download|get] {app} [its|it's] [free|easy] [and|then] [add|msg] me [there|on it]",
])
g("pm_disappearing", "platform_move", SA, [
    "[switch|turn] [on|to] [vanish mode|disappearing messages] [its|it's] [cooler|better|more fun]",
    "[let's|lets] [use|talk on] {app} [cos|bc|since] [msgs|chats] [disappear|vanish] [after|automatically]",
    "[use|turn on] [view once|24 hour|disappearing] [mode|messages] for [our|this] chat {end}",
    "[put|set] [the|our] chat [to|on] [disappearing|vanish] [lol|ok]",
    "[snap|{app}] is [better|easier] [bc|cos] [the chats|everything] [delete|disappear] [themselves|itself]",
    "[move|switch] [to|over to] {app} and [set|turn on] [disappearing msgs|vanish mode] [k|ok]",
])
g("pm_buried", "platform_move", GC, [
    "[gg|ggs] [that was|thats] [a|] [sweaty|crazy|close] [game|round] {lol}, [add me on|hmu on] {app} and we'll [talk|plan] [strats|the next one]",
    "[ur|your] [build|base|skin] [is|was] [fire|sick|clean], [also|btw] [what's|whats] [ur|your] {app}",
    "[lol|omg] [my|the] [controller|headset|mic] [is|keeps] [dying|breaking] {lol}, [just|] [text|msg] me on {app} [instead|later]",
    "[rip|ugh] [school|{subj}] tomorrow {lol}, [anyway|btw] [hmu|msg me] on {app} [tonight|later]",
    "[omg|lol] [that|the] [tiktok|reel|video] u [sent|posted] {lol} [send|drop] [more|it] on {app} [instead|tho]",
    "[that|ur] [clutch|1v4] was [insane|unreal] {lol} [ngl|tbh] [we|u] should [talk|chat] on {app} [more|properly]",
])
g("pm_fragments", "platform_move", PP, [
    "{app} [tho|instead]?", "[add|drop] [ur|] {app}", "[ur|whats ur] {app}", "[ft|facetime] [later|tn]?",
    "[vc|call] [rn|?]", "[dm|msg] [me|] on {app}", "[move|switch] [to|2] {app}", "[got|u got|have u got] {app}",
    "[check|accept] [ur|my] [request|invite]", "[add me|added u] on {app}", "[my|hmu] {app} [is|in] [bio|my bio]",
    "[join|hop in] [my|the] [vc|server]",
])

# ---- gifts -----------------------------------------------------------------------------------
g("gift_currency", "gifts", GC, [
    "[want|need] [some|free] {cur}? [i|] [got|have] [loads|way too much|spare] {lol}",
    "[i'll|ill] [send|gift] [u|you] {amt} {cur} [rn|tonight|no cap]",
    "[just|] [sent|gifted] [u|you] {amt} {cur} {e} [ur|you're] welcome",
    "[what|which] [skin|bundle|emote|pet] do [u|you] want? [i'll|ill] [buy|get] [it|it for u]",
    "[i'll|ill] [buy|cop] [u|you] [the|this season's] [battle pass|premium pass|starter pack] {end}",
    "[u|you] [can|could] [have|get] my [spare|extra] [account|pet|limited] [for free|if u want]",
    "[ill|i'll] [cover|pay for] [ur|your] [skins|vbucks|robux] [this month|every month] {end}",
])
g("gift_cash", "gifts", SA, [
    "[i'll|ill] [send|transfer] [u|you] {cash} [on|via] [paypal|cashapp|venmo|monzo|revolut] [just cos|just because]",
    "[want|need] [some|a bit of] [money|cash|pocket money]? i [can|'ll] [help|sort u out]",
    "[what's|whats] [ur|your] [cashapp|venmo|paypal] [tag|name]? [i'll|ill] [send|drop] [u|you] [a little something|{cash}]",
    "i [can|'ll] [top up|pay] [ur|your] [phone|data|credit] [every month|whenever]",
    "[don't|dont] [worry|stress] about [money|it], [i'll|ill] [pay|cover] [for|] [it|everything] [lol|{e}]",
    "[treat yourself|go get something nice] [on me|i'll send {cash}] {e}",
    "[i|] [just|] [sent|dropped] {cash} [to|in] [ur|your] [account|paypal] {e}",
])
g("gift_items", "gifts", OF, [
    "[i'll|ill] [get|buy] [u|you] [new|the new] [airpods|trainers|sneakers|an iphone|a hoodie] [fr|if u want]",
    "i [ordered|bought|got] [u|you] [something|a little something|a surprise] {e}",
    "[wanna|want] a [new|better] [headset|controller|phone case|makeup set]? [i'll|ill] [order|get] one",
    "[ur|your] [phone|headset|controller] [sounds|is] [so|mega] [old|broken], [let me|i'll] [replace|upgrade] it",
    "[pick|choose] [anything|whatever u want] [from|off] [shein|amazon|the shop] and [i'll|ill] [pay|buy it]",
    "i [want to|wanna] [spoil|treat] [u|you] [a bit|properly] {ee}",
    "[send|make] me [ur|a] [wishlist|amazon list] [lol|and i'll get stuff off it] {e}",
])
g("gift_card", "gifts", SA, [
    "[want|need] [some|] {gc} [credit|gift card|code]? [i'll|ill] [send|dm] [u|you] the code",
    "[here's|heres] a {cash} {gc} [code|card] [just|] for [u|you] {e}",
    "[i'll|ill] [send|get] [u|you] {gc} credit every [week|friday]",
    "[redeem|use] the {gc} [code|card] i [just|] sent [u|you] [lol|{e}]",
    "[u|you] [deserve|should have] [some|] {gc} [credit|vouchers] [for|after] [that|ur] [week|exam|match]",
    "[which|what] [gift card|card] do [u|you] [want|like] [most|best]? {gc} or {gc}?",
])
g("gift_buried", "gifts", GC, [
    "[lol|omg] [ur|your] {subj} [teacher|homework] [sounds|is] [awful|brutal] {lol}, [want|need] [some|] {cur} [to cheer u up|as a treat]?",
    "[happy|early] [birthday|bday] {e}, i [got|bought] [u|you] [something|{amt} {cur}|{gc} credit]",
    "[how|hw] did {sport} go [today|earlier]? [i'll|ill] [buy|get] [u|you] [new|proper] [boots|kit|trainers] [if u want|for next time]",
    "i [got|just got] [paid|my bonus] [today|lol] so [what|which] [skin|item|game] do [u|you] want",
    "the new [season|update] [drops|comes out] [friday|tmrw], [i'll|ill] [get|buy] [u|you] the [pass|bundle] {e}",
    "[ugh|lol] [rainy|boring] day {lol} [want me to|shall i] [send|gift] [u|you] [something|{cur}] to [play with|cheer u up]?",
])
g("gift_fragments", "gifts", GC, [
    "[want|need] {cur}?", "[free|some] {cur} [4 u|for u] {e}", "[sent|gifted] {lol}", "check ur [inventory|gifts|dms] {e}",
    "[ur|a] {gc} code {e}", "{cash} [for u|on cashapp]", "[pick|choose] a skin [any skin|lol]", "[i'll|ill] [pay|cover it]",
    "[gift|present] [for u|incoming] {ee}", "[wanna|want] the pass?", "[on me|my treat] {e}", "{amt} {cur} [sent|incoming]",
])

# ---- sexual_content (non-graphic) --------------------------------------------------------------
g("sx_kissing", "sexual_content", PP, [
    "[have|ha] [u|you] [ever|] kissed [anyone|someone] [yet|before]? {e}",
    "[do u|u] have a [bf|gf|boyfriend|girlfriend] [and|] have [u|you] [kissed|kissed them] [yet|lol]?",
    "[how|hw] far have [u|you] [gone|been] [w|with] [a boy|a girl|anyone] [lol|{e}]",
    "[would|wud] [u|you] [kiss|date] [someone|a guy|a girl] [older|my age]? {e}",
    "do [u|you] know how to kiss [properly|yet]? i [could|can] [teach|show] [u|you] {e}",
    "[wanna|want to] [play|do] truth or dare? who was [ur|your] first kiss {e}",
    "[ever|u ever] [made out|kissed] [w|with] [anyone|someone] [at a party|irl] {e}",
])
g("sx_wearing", "sexual_content", SA, [
    "[what|wat] [r|are] [u|you] wearing [rn|right now|tonight] {e}",
    "[r|are] [u|you] [in|wearing] [ur|your] [pjs|pyjamas|pajamas] [yet|already] {e}",
    "[just|] [out of|got out] the shower? {e}",
    "[describe|tell me] [ur|your] [outfit|fit] [rn|tonight] [lol|{e}]",
    "[what|wat] do [u|you] [wear|sleep in] [to bed|at night] {e}",
    "[r|are] [u|you] [in bed|under the covers] [rn|yet]? {e}",
    "[wyw|wut u wearing] [rn|tn] {e}",
])
g("sx_body", "sexual_content", SA, [
    "have [u|you] [started|gone through] puberty [yet|already]? {e}",
    "[ur|your] body [must be|is] [changing|growing up] [a lot|fast] [rn|at ur age] {e}",
    "[r|are] [u|you] [developed|growing] [yet|much]? {e}",
    "do [u|you] [think|feel] about [ur|your] body [a lot|much]? [its|it's] normal to be curious {e}",
    "[has|did] [anyone|ur {par}] [talked|talk] to [u|you] about [the birds and the bees|that stuff] [yet|]?",
    "[ur|you're] [probably|prob] [curious|wondering] about [grown up|adult] stuff [by now|at {age}] right {e}",
    "[what|which] [size|bra size] [r|are] [u|you] [now|these days] {e}",
])
g("sx_dating", "sexual_content", OF, [
    "[u|you] ever [think|thought] about [dating|going out with] [someone|a guy|a girl] [older|like me]? {e}",
    "if i was [ur age|younger] [i'd|id] [ask u out|date u] {end} {e}",
    "[r|are] [u|you] a [good|] [kisser|cuddler] [lol|{e}]",
    "i had a [dream|thought] about [u|you] [last night|lol]... [not|can't] [telling|tell u] {e}",
    "[wanna|want to] play a [spicy|naughty|grown up] [game|truth or dare]? {e}",
    "[r|are] [u|you] [into|curious about] [boys|girls|older guys] [yet|lol]",
    "[would|wud] [u|you] ever [go out|date] [w|with] someone [my age|way older] {e}",
])
g("sx_night", "sexual_content", SA, [
    "[r|are] [u|you] [in bed|lying in bed] [yet|rn]? [what|wat] [r|are] [u|you] [doing|up to] {e}",
    "[can't|cant] sleep [thinking|thinkin] about [u|you] {e}",
    "i wish i [was|could be] [there|next to u] [rn|tonight] {e}",
    "[tell me|say] [something|smth] [naughty|spicy|cheeky] [lol|{e}]",
    "[whats|what's] the [most|] [grown up|spicy|naughty] [thing|stuff] [u|you] [ever|] [did|done]?",
    "[u|you] [up|awake] [late|this late]? [thinking|thinkin] [naughty|grown up] thoughts? {e}",
])
g("sx_fragments", "sexual_content", SA, [
    "[wyw|wut u wearing]?", "[ever|u ever] kissed?", "[virgin|innocent] [lol|?]", "[u|r u] in bed? {e}",
    "[spicy|naughty] [truth|dare]? {e}", "[u|r u] [dating|single]? {e}", "[thinking|thinkin] [bout|abt] u 😏",
    "[pjs|pajamas] on? {e}", "[bf|gf]? {e}", "[shower|bath] [time|done]? {e}", "[kissed|made out] [ever|yet]?",
    "[spicy|naughty] q [lol|{e}]",
])

# ---- image_request ---------------------------------------------------------------------------
g("img_selfie", "image_request", SA, [
    "[send|snap] me a [selfie|pic] [rn|real quick|pls] {e}",
    "i [wanna|want to] see [what u look like|ur face] [today|rn], [pic|selfie]?",
    "[post|send] a [mirror pic|fit check|ootd pic] [for me|lol]",
    "[can|could] i [see|get] a [pic|photo|selfie] of [u|you] in [ur|your] [uniform|school uniform|{sport} kit]?",
    "[show|send] me [ur|your] [new|] [haircut|hair|nails] [pic pls|lol]",
    "i [haven't|havent] seen [u|you] [in ages|all day], [send|snap] [something|a pic] {e}",
    "[send|take] a [selfie|pic] [w|with] [ur|your] [new|] [glasses|braces|hair] {end}",
])
g("img_camera", "image_request", PP, [
    "[turn on|put on] [ur|your] [cam|camera|facecam] [in|on] [vc|the call|discord]",
    "[send|film] me a [quick|short] [vid|video] of [u|you] [saying hi|dancing|rn]",
    "[go|] live for me [rn|later]? {e}",
    "[point|flip] the [camera|cam] [at|on] [yourself|urself|u]",
    "[do|film] [a|the] [tiktok|dance|trend] and [send|dm] it to me [first|not the fyp]",
    "[let me|can i] [see|watch] [u|you] on [cam|camera] [for a sec|quick]",
    "[switch|flip] [to|on] [front|selfie] cam [so|and] i can see [u|you] {end}",
])
g("img_private", "image_request", OF, [
    "[send|take] [one|a pic] [just|only] [for me|4 me] {e}",
    "a [pic|selfie] [just|only] for me, not [for|] [ur|your] [story|feed|followers]",
    "[send|snap] me [one|a pic] [u|you] [haven't|never] [posted|put on insta] {e}",
    "[i|] [collect|save] [ur|your] [pics|selfies] [lol|{e}] [send|got] [another|a new one]?",
    "[u|you] should [send|snap] me a [good morning selfie every day|good night pic every night] {e}",
    "[a|one] [new|fresh] [pic|selfie] [for|4] my [lock screen|wallpaper] [pls|{e}]",
])
g("img_proof", "image_request", PP, [
    "[face reveal|face rev] [pls|tho|?] {e}",
    "prove [ur|you're] [real|who u say u are] with a [pic|selfie] [doing|holding up] a peace sign",
    "[u|you] [look|seem] [different|fake] [in ur pfp|on here], [send|snap] a [real|live] [pic|one]",
    "[send|take] a [pic|selfie] [now|rn] [w|with] [today's date|a thumbs up] so i know [it's|its] [u|you]",
    "[is|] [that|ur pfp] [really|actually] [u|you]? [prove it|show me] [w|with] [another|one more]",
    "[how|hw] do i know [ur|you're] not a [catfish|bot]? [pic|selfie] [rn|then] {lol}",
])
g("img_buried", "image_request", GC, [
    "[lol|omg] [school|{subj}] [was|sounds] [so|] [long|boring] {lol}, [snap|send] me [ur|a] [face|selfie] [rn|tho]",
    "[gg|ggs] {lol}, i [wanna|want to] see who [i've|ive] been [playing|gaming] with, [pic|selfie]?",
    "[aww|omg] [ur|your] [dog|cat] [is|looks] [so cute|adorable] {lol}, [now|ok now] [send|show] [one|a pic] of [u|you] [too|w it]",
    "[how|hw] did {sport} go? [send|show] a [pic|photo] of [u|you] in [ur|your] kit",
    "[happy|hope u had a good] [friday|weekend] {e} [send|snap] me a [pic|selfie] [of|from] [ur|your] [day|night]",
    "[ugh|lol] my [game|pc] [crashed|froze] {lol} [while|so] [it|i] [reloads|wait] [send|snap] [a|] [pic|selfie]",
])
g("img_fragments", "image_request", SA, [
    "[pic|pics] [pls|plz|?]", "[selfie|face] [rn|?]", "[snap|send] me one", "[cam|facecam] [on|?]",
    "[vid|video] [pls|?]", "[show|lemme see] [u|you]", "[face reveal|face rev] {e}", "[another|1 more] [pic|] {e}",
    "[pic|selfie] or [its|ur] [fake|cap]", "[mirror pic|fit pic] [?|pls]", "[cam|camera] [rn|now]", "[send|snap] [a|] [vid|selfie]",
])

# ---- meetup ----------------------------------------------------------------------------------
g("meet_pickup", "meetup", SA, [
    "i [can|could] [pick u up|collect you|grab you] [from|outside] [school|{place}] {when}",
    "[i'll|ill] [be|wait] in my [car|grey car|black car] [near|by] {place} {when}",
    "[need|want] a [lift|ride] [home|somewhere] {when}? [i'll|ill] [come|drive]",
    "[i'm|im] [driving|heading] through [ur|your] [area|town] {when}, [want|wanna] a lift?",
    "skip [the bus|the walk home] and [i'll|ill] [drive|take] [u|you] {when}",
    "[just|] [walk|come] [to|round to] {place} and [i'll|ill] [grab|get] [u|you] in the car",
    "[i'll|ill] [drive u home|give u a lift] [after|from] {sport} on {day} {end}",
])
g("meet_hangout", "meetup", OF, [
    "we [should|gotta] [link|meet|hang] [irl|in person] [soon|{when}] {e}",
    "[wanna|want to] [meet|grab food] [at|near] {place} {when}?",
    "i [wanna|want to] [finally|actually] meet [u|you] [in person|irl] {end}",
    "[let's|lets] [go|head] to [the cinema|bowling|the arcade|maccies] {when} [just|] [us|u and me]",
    "[come|pop] [round|over] to [mine|my place|my flat] {when} [and|] we can play {game} on my [big screen|pc]",
    "[when|what day] [r|are] [u|you] [free|around] to [meet|hang out] [irl|for real]?",
    "[we've|we have] been [talking|chatting] for [ages|months], [time|its time] [to|we] meet [irl|in person] {e}",
])
g("meet_alone", "meetup", SA, [
    "[come|just come] [on ur own|alone|by urself] [ok|k|yeah]",
    "[don't|dont] bring [ur|your] [friends|mates|bestie], [it's|its] [just|only] [for us|me n u]",
    "it [would be|'d be] [better|nicer|easier] if [it's|its] [just|only] [us two|the two of us] {e}",
    "[leave|ditch] [ur|your] [mates|friends] [at|by] {place} and [meet|come to] me [round the back|by the car park]",
    "[no|don't bring] [plus ones|friends|anyone] [this time|ok], [just|only] [u|you] {e}",
    "[come|meet me] [solo|alone] [at|by] {place} {when} [k|ok]",
])
g("meet_location", "meetup", SA, [
    "[which|what] [exit|entrance|door] do [u|you] [come out of|use] [after school|at {place}]? [i'll|ill] [wait|be] there",
    "[be|meet me] [at|outside] {place} [at|for] {time} [sharp|exactly]",
    "[i'm|im] [here|outside|parked up] [now|already], [come|come out] [down|outside]",
    "[wya|where r u]? [i'm|im] [at|by] {place} [waiting|rn]",
    "[look for|i'm in] [a|the] [blue|white|red] [car|van|hoodie] [by|at|near] {place}",
    "[same|usual] place [as|like] we [said|planned], {place} at {time} {end}",
    "[i'll|ill] [be|wait] [by|at] the [back gate|bike racks|bus shelter] [at|around] {time}",
])
g("meet_travel", "meetup", OF, [
    "[get|hop on] the [train|bus] to [mine|my town] {when}, [i'll|ill] meet [u|you] at the [station|stop]",
    "[i|] [could|can] [come|drive] to [ur|your] [town|city] {when} [to|and] [see|meet] [u|you] {e}",
    "[how|hw] long [would it take|does it take] [u|you] to get [to|into] [town|the city] {when}? [let's|lets] meet",
    "[i'm|im] [visiting|in] [ur|your] [area|city] {when} [so|] [we|u] [have to|should] meet {end}",
    "[meet|see] [u|you] [halfway|in the middle] [at|by] {place}? {e}",
    "[come and see me|visit me|come to mine] [for|over] [the weekend|half term|spring break] {e}",
])
g("meet_fragments", "meetup", SA, [
    "[link|meet] {when}?", "[irl|meet irl] [soon|?] {e}", "[come|come out] [outside|down]", "[i'm|im] [outside|here] {e}",
    "[get in|hop in] [the car|lol]", "[on ur own|alone] [ok|k]", "[where|which] [exit|gate]?", "[wanna|u wanna] [hang|link] [irl|fr]?",
    "[pick|picking] [u|you] up [at|@] {time}", "[meet|see u] [at|@] {place}", "[lift|ride] {when}?", "[come|pop] [over|round] {when}",
])

# ---- coercion --------------------------------------------------------------------------------
g("co_guilt", "coercion", OF, [
    "[after|with] [everything|all] [i've|ive] done [for|4] [u|you], [this is|that's] how [u|you] [treat|repay] me?",
    "i [thought|really thought] [u|you] [cared|were different] but [i guess|clearly] [not|i was wrong]",
    "[fine|ok] [ignore|leave] me then [like everyone else|i don't even matter to u]",
    "[u|you] [make|made] me [feel|so] [so|really] [sad|hurt|upset] when [u|you] [say|said] no",
    "if [u|you] [really|actually] [liked|cared about|trusted] me [u'd|you would] [do it|just do this]",
    "[i'm|im] [literally|honestly] [crying|so upset] [rn|because of u], [just|] do this [one thing|for me]",
    "if [u|you] [stop|leave] [talking to me|now] i [don't|dont] know what [i'll|ill] do {end}",
])
g("co_compliance", "coercion", PP, [
    "[prove|show] [u|you] [trust|like] me [by|and] [doing|do] [this|what i say]",
    "[it's|its] [just|only] [a|one] [test|little thing], if [u|you] [pass|do it] we're [good|cool]",
    "[do|just do] [it|what i said] [now|rn] [no|without] [questions|arguing]",
    "i [told|asked] [u|you] to [reply|answer] [in|within] [5|2|10] [mins|minutes], [why|y] [didn't|didnt] [u|you]?",
    "[u|you] [have|need] to [listen|do what i say] if [u|you] [want to|wanna] [stay|keep] [friends|talking]",
    "[say|type] [yes|ok] [right now|rn] or [we're|were] done",
    "[next time|from now on] [u|you] [answer|do it] [first time|when i say] [ok|understood]?",
])
g("co_threat_share", "coercion", SA, [
    "[i'll|ill] [show|send] [our|these] [chats|dms|screenshots] to {them} if [u|you] [stop|don't keep] [talking|replying]",
    "[block|ignore] me and [see|watch] what [happens|i do] [to|with] [ur|your] [pics|chats|screenshots]",
    "i [have|got|saved] [screenshots of|] everything [u|you] [sent|said], so [be|better be] [nice|careful] [lol|{e}]",
    "i [know|found] [ur|your] [school|mum's fb|mom's facebook] [now|already], so [don't|dont] even think about blocking me",
    "[i'll|ill] [tell|message] {them} [what|everything] [u|you] [did|said] unless [u|you] [do as i say|do this]",
    "[one|1] [click|tap] and {them} [will see|get to see] [everything|our chats] {end}",
])
g("co_sextortion", "coercion", SA, [
    "[u|you] [have|got] {dl} to [send|pay] {big} or [the pics go|the video goes] to {them}",
    "{big} [by|before] {by} or i [post|share|leak] [everything|it all] [to|with] {them}",
    "[tick tock|clock's ticking] [⏰|⏳] {dl} [left|to go], [pay|send it] or {them} [will see|get to see] [it|everything]",
    "i [already|] [made|have] the [collage|edit|post] [ready|drafted], [pay by {by}|{dl} left] or it goes [live|up|public]",
    "[don't|dont] [be|act] [stupid|dumb], [just|] [pay|send] {big} and [this|it all] [goes away|disappears]",
    "every [minute|hour] [u|you] [wait|don't pay] the price goes up [by|] {cash}",
    "[i've|ive] got [ur|your] [followers|friends list|family's names] [screenshotted|saved], {big} [in {dl}|by {by}]",
])
g("co_escalate", "coercion", PP, [
    "[u|you] [already|] [did|sent] [one|it] [once|before], so [it's|its] [too late|kinda late] to [stop|say no] now",
    "[everyone does|all ur friends do] [this|it], [stop being|don't be] [a baby|so dramatic|immature]",
    "[u|you] [said|promised] [u'd|youd] [do it|send it], [don't|dont] [be|turn into] a liar",
    "[don't|dont] make me [ask|tell u] [again|twice]",
    "[stop|quit] [overthinking|making excuses] and [just|] [do|send] it",
    "[nobody|no one] [will|would] [believe|listen to] [u|you] [anyway|over me]",
    "[u|you] [can't|cant] [back out|change ur mind] now, [we|u] [agreed|made a deal]",
])
g("co_fragments", "coercion", SA, [
    "[answer|reply] [me|now]", "[now|rn] [or else|or im done]", "[last|final] [chance|warning]", "[do it|send it] [now|rn]",
    "[pay|pay up] [or else|now]", "[don't|dont] [test|push] me", "{dl} [left|⏳]", "[tick tock|⏰⏰]",
    "[i'm|im] [waiting|not asking again]", "or {them} [will see|will find out]", "[last|final] [time|warning] [asking|ok]",
    "[u|you] [dont|don't] [have|get] a choice",
])

# ---- multi-label -----------------------------------------------------------------------------
g("m_sec_platform", "secrecy platform_move", PP, [
    "[add me on|hmu on] {app} so [ur|your] {par} [can't|won't] [see|read] [our chats|it]",
    "[move|switch] to {app} and [turn on|use] [disappearing|vanish mode] so [nobody|no one] [finds out|knows]",
    "[let's|lets] [talk|chat] on {app} [instead|], but [don't|dont] [tell|mention it to] [anyone|ur friends]",
    "[delete|clear] [this|our] chat and [add|find] me on {app} [instead|]",
    "[use|download] {app}, [it's|its] [easier|better] [to hide|for keeping things quiet] [lol|{e}]",
    "[i'll|ill] [dm|msg] [u|you] on {app}, [save|put] me [as|under] [a fake name|'{fname}'] [ok|k]",
    "[hidden|secret] [chat|folder] on {app} is [where|how] we [should|'ll] talk [from now on|lol] {e}",
])
g("m_img_coerce", "image_request coercion", SA, [
    "[send|snap] the [pic|selfie] [now|rn] or [i'm|im] [done|blocking u|telling everyone]",
    "if [u|you] [don't|dont] [send|show] [one|a pic] [i'll|ill] [leak|post] [our|the] [chats|dms]",
    "[u|you] [promised me|said ud send] a [pic|vid], [send|do] it or [u're|you're] [a liar|dead to me]",
    "[send|take] [another|one more] [pic|vid] [in {dl}|by {by}] or {them} [will see|get] the [first one|last one]",
    "[cam|camera] on [now|rn], [don't|dont] [make me|let me] [ask|say it] [again|twice]",
    "[stop|quit] [stalling|making excuses] and [send|snap] the [pic|selfie]",
    "[one|1] more [vid|pic] and i [delete|wipe] [everything|the rest], [otherwise|or] {them} [will get|will see] [it|them]",
])
g("m_gift_secret", "gifts secrecy", GC, [
    "[i'll|ill] [send|gift] [u|you] {amt} {cur} but [don't|dont] tell [anyone|ur {par}] [where it came from|who sent it]",
    "if [ur|your] {par} [asks|ask] about the {item}, [say|tell them] [u|you] [won|saved for|earned] it",
    "the {gc} [card|code] is [our|a] [secret|little secret] [ok|k] {e}",
    "[i'll|ill] [post|send] the [present|parcel] to a friend's [address|house] so [ur|your] {par} [doesn't|won't] [see|find out]",
    "[keep|hide] the [new|] [phone|headset|airpods] [in ur room|from ur {par}] [ok|lol]",
    "[delete|clear] the [gift|trade] [msg|message|receipt] [after|once] [u|you] [redeem|get] it",
    "[u|you] [can|could] [have|get] [more|the rest of the] {cur} as long as [it stays|it's] [between us|our secret]",
])
g("m_sup_meet", "supervision_check meetup", SA, [
    "[r|are] [ur|your] {pars} [out|away|working] {when}? i [could|can] [come|pop] [round|over] [then|while they're gone]",
    "[when|what time] does [ur|your] {par} [leave|go out] {when}? [i'll|ill] [pick|collect] [u|you] up [after|then]",
    "[is|] [anyone|any1] [home|in] at [ur|your] [place|house] {when}? [wanna|could] [meet|hang] [there|at urs]",
    "[will|does] [ur|your] {par} [notice|know] if [u|you] [go out|leave] {when}? [meet|come meet] me [at|by] {place}",
    "[r|are] [u|you] [alone|home alone] [rn|now]? [i'm|im] [close|10 mins away|nearby], [i'll|ill] come [over|to u]",
    "[is|] [ur|your] {par} [asleep|in bed] [yet|?] [come|sneak] [down|out] [i'm|im] [outside|round the corner]",
])
g("m_flat_img", "flattery image_request", OF, [
    "[ur|you're] [so|way too] [pretty|cute|gorgeous] [not to|to not] [send|show] [more|another pic] {e}",
    "[that|ur] [pfp|pic] [is|was] [unreal|stunning], [send|snap] [one|another] [just|only] [for me|4 me]",
    "[omg|wow] [ur|you're] [literally|actually] [perfect|model material], [send|drop] [more|some more] [pics|selfies] {ee}",
    "[ur|your] [smile|eyes] [tho|omg|are unreal], [send|snap] a [selfie|pic] [smiling|rn] {e}",
    "[u|you] [look|seem] [so|way] [mature|grown up] in [ur|your] [pics|story], [send|show] [more|another] {e}",
    "[prettiest|cutest] [face|girl] [on here|i know], [facecam|cam] [on|rn] so i can see {e}",
])
g("m_pi_platform", "personal_info platform_move", PP, [
    "[what's|whats] [ur|your] [number|phone number] so we [can|could] [text|whatsapp] [instead|properly]",
    "[drop|give me] [ur|your] [number|digits] and [i'll|ill] [add|msg] [u|you] on whatsapp",
    "[this|the] [game|app|server] [chat|dm] is [so|too] [slow|filtered], [what's|whats] [ur|your] [number|cell|mobile]?",
    "[text|message] me [instead|on my number], [what's|whats] [urs|yours]?",
    "[ur|your] number [so|and] we [can|could] [facetime|call] [later|tonight]?",
    "[what's|whats] [ur|your] [number|phone number], [ill|i'll] [add|put] [u|you] [on|in] [imessage|signal|telegram]",
])
g("m_sex_img", "sexual_content image_request", SA, [
    "[send|snap] a [pic|photo] [of|in] [ur|your] [pjs|pyjamas|pajamas] {e}",
    "[show|send] me what [ur|you're] wearing [rn|in bed] {e}",
    "[a|one] [swimsuit|bikini|beach] [pic|photo] from [ur|your] [holiday|vacation] [pls|{e}]",
    "[send|take] a [pic|vid] [in|from] [bed|ur bed] [rn|tonight] {e}",
    "[show|send] me a [spicy|cheeky|naughty] [pic|selfie] [lol|{e}]",
    "[turn|put] [ur|your] [cam|camera] on in [bed|ur room] so i can see what [ur|you're] wearing",
])
g("m_gift_meet", "gifts meetup", SA, [
    "[i'll|ill] [pay|cover] [ur|your] [train|bus|uber] [fare|ticket] [to|so u can] [come|meet me] {when}",
    "[meet|come to] me [at|by] {place} and [i'll|ill] [give|bring] [u|you] [the|ur] {item}",
    "[i'll|ill] [take|bring] [u|you] [shopping|to the shops] {when} and [buy|get] [u|you] [whatever|anything] [u|you] want",
    "[come to|meet me at] {place} {when}, [i've|ive] got a [present|gift|surprise] [for u|with ur name on it]",
    "[i'll|ill] [send|give] [u|you] {cash} [for|to cover] the [trip|journey] to [see me|meet]",
    "[let's|lets] meet [up|irl] {when}, [i'll|ill] [bring|hand u] {gc} [credit|vouchers] [in person|irl]",
])
g("m_meet_secret", "meetup secrecy", OF, [
    "[tell|say to] [ur|your] {par} [ur|you're] [at|going to] {fname}'s and [meet|come to] me at {place} [instead|]",
    "[sneak|slip] out [later|tonight] and [meet|come to] me [at|by] {place}, [don't|dont] [tell|wake] [anyone|ur {pars}]",
    "[don't|dont] let [anyone|ur friends] know we're meeting [ok|k]",
    "[i'll|ill] [wait|park] [round the corner|down the road] so [nobody|no one] [sees|spots] [us|me]",
    "[meet|come] [at|to] {place} {when} and keep it [to yourself|quiet|on the dl]",
    "[if|when] [anyone|they] [asks|ask] where [u|you] [were|went], [say|just say] [the library|{fname}'s|the shops] [lol|k]",
])
g("m_iso_platform", "isolation platform_move", GC, [
    "[ur|your] [friends|mates] [are|r] [always|] [spying|nosing] in [this|the] [server|gc], [come|talk] on {app} [w|with] [just|only] me",
    "[leave|quit] the [gc|server] and [just|] [talk|chat] to me on {app}, they [don't|dont] [care|get u] [anyway|]",
    "[u|you] [don't|dont] need [them|ur friends], i [made|set up] a [private|] [server|chat] [just|only] [for us|4 us] on {app}",
    "[forget|ditch] [ur|your] [squad|clan] and [add me on|hmu on] {app}, [i'm|im] [the only one|the one] who [actually|] [rates|gets] [u|you]",
    "[they're|theyre] [just|] [jealous|fake] [of us|lol], [move|switch] to {app} [so|and] it's [just|only] us",
])
g("m_sex_secret", "sexual_content secrecy", SA, [
    "[can|could] i [ask|tell] [u|you] [something|smth] [grown up|spicy|private]? [but|just] [don't|dont] tell [anyone|ur {par}] {e}",
    "[ur|your] {par} [wouldn't|won't] [like|approve of] us [talking|chatting] about [kissing|dating|this stuff], so keep it [between us|quiet]",
    "have [u|you] [ever|] kissed [anyone|someone]? i [won't|wont] tell if [u won't|u dont] {e}",
    "[what|wat] [r|are] [u|you] wearing? [and|] [dont|don't] [screenshot|show anyone] this {e}",
    "[our|these] [spicy|naughty|grown up] [chats|talks] [stay|are] [secret|between us] [ok|k] {e}",
])
g("m_sup_img", "supervision_check image_request", PP, [
    "[r|are] [u|you] [alone|on ur own] [rn|now]? [send|snap] me a [pic|selfie] {e}",
    "[is|] [ur|your] {par} [asleep|out|gone] [yet|]? [turn on|put on] [ur|your] cam",
    "[does|do] [ur|your] {pars} [check|go through] [ur|your] [camera roll|gallery|photos]? [send|i want] a [pic|selfie] [then|after]",
    "[anyone|any1] [in|near] [ur|your] room? [if not|no?] [facecam|vid] [rn|for a sec]",
    "[can|could] [ur|your] {pars} [see|hear] [u|you] [rn|atm]? [quick|just a] [selfie|vid] [then|for me] {e}",
])
g("m_flat_platform", "flattery platform_move", PP, [
    "[ur|you're] [way too|so] [cute|pretty] [to be|for] [this app|here], [add me on|hmu on] {app} {e}",
    "[prettiest|cutest] [person|girl|one] [in|on] [this server|here], [lets|let's] [talk|chat] on {app}",
    "[ur|you're] [so|really] mature [for|4] [ur|your] age, we should [move to|talk on] {app}",
    "[ur|you're] [honestly|literally] [perfect|so special] {e} [what's|whats] [ur|your] {app}",
    "[u|you] [seem|sound] [way|so much] [older|more mature] than [the others|{age}], [dm|hmu] on {app}",
])
g("m_pi_sup", "personal_info supervision_check", PP, [
    "[what time|when] do [u|you] get home [from school|] [and|&] [r|are] [ur|your] {pars} [there|home] [then|too]?",
    "[which|what] [school|year] [r|are] [u|you] [in|at], [and|&] does [ur|your] {par} [check|read] [ur|your] [phone|messages]?",
    "[where|what area] do [u|you] live, [are|r] [ur|your] {pars} [strict|the checking type]?",
    "how old [r|are] [u|you] and does [ur|your] {par} [know|check] who [u|you] [talk to|game with]?",
    "[r|are] [u|you] [usually|always] [by urself|alone] after school? [are|r] [ur|your] {pars} [at work|out] [till|until] [late|6]?",
])
g("m_iso_coerce", "isolation coercion", OF, [
    "[ur|your] [mates|friends] [get|have had] [u|you] all week, [tonight|this weekend] [ur|you're] mine or [we're|were] finished",
    "[go to|go on] [that|ur friend's] [party|sleepover] and [don't|dont] [bother|even bother] messaging me again",
    "[unfollow|mute] {fname} [rn|tonight] or [i'm|im] [blocking|deleting] [u|you] [fr|for good]",
    "[ur|your] [family|friends] [or|vs] me, [decide|pick one] [by|before] {by} {end}",
    "if [u|you] [log off|leave] to [eat|sit] with [ur|your] [family|{pars}] [again|tonight] [don't|dont] [expect|think] [i'll|ill] [be here|wait]",
    "[cancel|bail on] [ur|your] plans with [them|ur mates] [and|n] [stay|be] online [w|with] me [or else|or we're done] {end}",
    "[i|] [see|saw] [u|you] [online|active] [in|on] [their|ur friends'] [gc|server] [but|and] [ignoring|not answering] me, [fix it|explain] [now|rn] or [it's|its] over",
])
g("co_owe", "coercion gifts", GC, [
    "i [gave|sent] [u|you] {amt} {cur}, [now|so] [u|you] [owe me|owe me one|owe me big time]",
    "[u|you] [took|accepted] the {item}, so now [do|return] [the favour|what i want]",
    "i [paid|spent] {cash} on [u|you], [the least|least] [u|you] [can|could] do is [this|one thing]",
    "[want|u want] [more|the rest of the] {cur}? then do what i [say|asked]",
    "[no more|i'll stop the] [gifts|{cur}|skins] unless [u|you] [do this|do what i want]",
    "[give|pay] [back|me back] [the|all the] {cur} [i sent|i gave u] or [do|send] what i asked",
])

# ############################################################################################
# HARD NEGATIVES (innocent look-alikes)
# ############################################################################################

# ---- flattery look-alikes ----------------------------------------------------------------------
n("nf_coach_praise", "coach", [
    "[Brilliant|Great|Fantastic] [game|match|session] today {fname}, [so proud of you|really proud of the whole team]",
    "[Your|That] [passing|footwork|serve|backstroke] has come on [so much|massively] this [term|season]",
    "[Well done|Big well done] [on|for] [captaining|leading the warm up|your first goal] [today|on {day}], [you earned it|well deserved]",
    "[Really mature|Very grown-up] [attitude|way to handle it] when the ref [made that call|got it wrong], that's leadership",
    "[Player of the match|MVP|Star of the week] [goes to|is] {fname}! [Keep it up|Amazing effort]",
    "You've [worked|trained] [so|really] hard [this term|all season], it [showed|shows] at {day}'s [match|gala|meet]",
    "[Superb|Class] {sport} from [everyone|the whole squad] [today|tonight], [proud|chuffed] of [you all|this team]",
])
n("nf_grandparent_praise", "grandparent", [
    "You looked [so|very] [grown up|smart|lovely] in your [school photo|new uniform|prom outfit], [Grandma|Nana|Grandad] is so proud xx",
    "[What a|Such a] [beautiful|handsome|gorgeous] [picture|photo] your [mum|mom|dad] sent of you all! x",
    "You're [growing up|getting so tall] [so fast|too fast], where has my little [one|grandchild] gone? xx",
    "Your [drawing|card|poem] [is|was] [beautiful|wonderful], it's on [the fridge|my fridge] [now|already] x",
    "You are [so|very] [clever|kind|special] [sweetheart|darling|pet], never forget that xx",
    "Such a [mature|sensible] [thing to do|young person], [helping|looking after] your [little brother|sister|cousins] [today|at the party] x",
    "[Grandad|Grandpa] [says|thinks] you're the [best|cleverest] [grandchild|reader|baker] in the world, don't tell your cousins! x",
])
n("nf_friend_hype", "school_friend", [
    "[omg|ommg] [ur|your] [hair|fit|outfit] [today|at the party] [was|is] [everything|so cute|iconic] {pe}",
    "[u|you] [ate|slayed|served] [that|the] [presentation|dance|fit] [bestie|babe] {pe}",
    "[ur|your] [tiktok|edit] [is|was] [so good|fire] [no cap|fr] {pe}",
    "[bestie|babe] [ur|you're] [literally|actually] [so pretty|gorgeous] [stop|dont] [being mean to urself|listening to them] {pe}",
    "[ngl|fr] [u|you] [were|played] [so good|cracked] [at|in] {sport} [today|earlier], [coach|miss|sir] looked [so|] impressed",
    "[ur|your] [school photo|yearbook pic] [is|came out] [so|actually] [good|cute] [compared to|unlike] [mine|mine lol] {pe}",
    "[queen|king] [behaviour|energy] [in|at] [the|] [debate|assembly|talent show] today {pe}",
])
n("nf_teacher_feedback", "teacher", [
    "[Excellent|Outstanding|Really mature] [piece of writing|essay|answer], {fname} – [well done|a real step up]",
    "You showed [real|great] [maturity|leadership] in [the|that] [debate|group task|assembly] today",
    "Your {subj} [project|presentation] [was|is] one of the best [I've seen|in the year] [this term|this year]",
    "[Brilliant|Lovely] [effort|work] [on|in] the [mock|test|assessment] – you should be [really proud|proud of yourself]",
    "I've [put|nominated] you [forward|] for [star of the week|the headteacher's award|the principal's award]",
    "[Please keep|Keep] up the great work, your [progress|attitude] this [term|semester] has been [superb|fantastic]",
    "[Such|A really] [thoughtful|mature|insightful] [comment|question] in {subj} today, {fname}",
])
n("nf_teen_partner_cute", "teen_partner", [
    "[ur|you're] [so|literally] [cute|pretty|fit] [when u laugh|in ur hoodie|in that pic] {pe}",
    "[miss|missed] [u|you] [today|in {subj}] [lol|ngl], [ur|you're] [the best|my fav]",
    "[happy|] [3 months|1 month|6 months] [bby|babe] {pe} [ur|you're] [literally|actually] the best",
    "[u|you] [looked|look] [so|rlly] [good|nice] at [the|that] [school disco|prom|party] [fr|ngl]",
    "[ur|you're] [actually|lowkey] [so smart|so funny] [ngl|fr], how did [u|you] finish the {subj} [hw|homework] so fast",
    "[ur|you're] [so|sooo] [sweet|cute] [for|4] [saving|keeping] me a seat [at lunch|on the bus] {pe}",
])
n("nf_parent_praise", "parent", [
    "[So|Really] proud of you [today|for that], [love|lots of love] [Mum|Mom|Dad] x",
    "You [handled|dealt with] [that|it] [so|really] maturely, [proud of you|well done] [kiddo|love|sweetheart]",
    "You look [gorgeous|lovely|so smart] in [those|the] [photos|pics] from the [wedding|party|prom] xx",
    "Your [report|report card] [was|is] [amazing|brilliant]! [Pizza|Takeaway] tonight to celebrate",
    "You're [special|amazing], [don't|never] let anyone tell you otherwise xx",
    "[Your stepdad|Your stepmum|Your stepmom|Dad] [says|said] [that|the] [goal|song|drawing] was [incredible|fab], [we're|we are] [both|all] so proud x",
    "[Such|What] a [kind|grown-up|mature] thing to do for [your friend|Nan|your sister], [I'm|Im] [so|very] proud x",
])

# ---- personal_info look-alikes -----------------------------------------------------------------
n("nf_new_classmate", "school_friend", [
    "[hey|hi] [im|i'm] {fname} [im|i'm] new [in|to] [ur|your] [form|tutor group|class], [what|which] set [r|are] [u|you] in for {subj}?",
    "[what|which] bus do [u|you] [get|take] [home|after school]? [maybe|could] we [get|walk] it together",
    "[when's|whens] [ur|your] birthday? we're [doing|making] [a|the] [class|form] [calendar|list]",
    "[r|are] [u|you] in {yr} [too|as well]? i [think|thought] i [saw|seen] [u|you] in [assembly|lunch]",
    "[what|which] [house|team] [r|are] [u|you] in for sports day?",
    "do [u|you] live [near|by] [school|{place}]? my {par} [could|can] [give u a lift|drop u off] if ur {par} says ok",
    "[what|which] [locker|peg|seat] [r|are] [u|you]? [i'm|im] [next to|near] [it|urs] i think {lol}",
])
n("nf_party_invite", "friends_parent", [
    "Hi, it's {fname}'s [mum|mom|dad] – [what's|could I get] your address [for|so I can post] the party invite?",
    "Hello, we're sending invites for {fname}'s [9th|10th|11th|12th] birthday – could your [mum|mom|parents] text me your address?",
    "[Could|Can] your [mum|mom|dad] let me know any [allergies|dietary needs] and a contact number for the party?",
    "What time [can|are] you [come|free] for {fname}'s [sleepover|party]? [I'll|Ill] [sort|plan] [pickups|food] around it",
    "Hi love, which house number are you again? [I'm|Im] dropping off the [jumper|coat|party bag] you left at ours",
    "[Is|Are] you [still|] at [the same|your] address? [We want|{fname} wants] to [send|post] you a [thank you|Christmas] card x",
])
n("nf_form_admin", "teacher", [
    "[Please|Pls] [bring|return] your [consent|permission] form with a [parent's|parent or carer's] [phone number|emergency contact] by {day}",
    "[What|Which] [year group|grade] are you in? [The|Our] [coding club|choir|chess club] [sessions|groups] are [split|arranged] by [year|age]",
    "[Can you|Please] [confirm|check] your [date of birth|DOB] on the [exam|trip|tournament] [entry|registration] form",
    "We need [everyone's|all] [ages|shirt sizes|doctor details] [for|before] the [camp|residential|trip] – ask a [parent|carer] to fill in the [form|link]",
    "[What time|When] does your [bus|lift] [usually|normally] [arrive|get here]? [I'm|We're] [planning|sorting] the start times",
    "[Which|What] school did you [come|transfer] from? It's just for [the|our] [register|records]",
    "[Please|Pls] [update|check] your [address|contact details] [with|at] [reception|the office] if you've moved",
])
n("nf_parent_routine", "parent", [
    "[What time|When] does {sport} [finish|end] on {day}? I'll [be there|pick you up|come get you]",
    "[Where|Where are you] [exactly|now]? [Send|Share] your location [so|and] I can [find|pick up] you",
    "[Are you|You] [home|back] yet? [Dad's|Mum's|Mom's|I'm] [running late|stuck at work] [today|tonight]",
    "[What's|Whats] [{fname}'s|your friend's] [address|house number]? [I'll|Ill] [drop|collect] you [there|later]",
    "When's your [last|final] [lesson|class|exam] on {day}? We've got the [dentist|doctor's|orthodontist] at {time}",
    "[Turn|Switch] [your|] [location|find my] [back|] on please, you know [the rule|it's for the walk home]",
    "[What time|When] [does|is] [the|your] [school trip|coach] [get back|due back]? I'll [wait|be] at the gate",
])
n("nf_gaming_peer_age", "gaming_friend", [
    "how old [r|are] [u|you]? [im|i'm] {age} [lol|too]",
    "[wait|omg] [u|you] [r|are] in {yr} [too|?] [same|no way] {lol}",
    "[what|which] [time zone|country] [r|are] [u|you] in? [u|you] [always|] [on|online] [when|while] [im|i'm] [at school|asleep] {lol}",
    "do [u|you] go to {fname}'s school? [they|he|she] [said|told me] [u|you] [were|are] in [their|the same] [year|class]",
    "[what|wat] [grade|year] [r|are] [u|you]? [im|i'm] in {yr} and [our|the] {subj} [teacher|homework] is [awful|so mid]",
    "[u|you] [british|american|uk|us]? [cos|bc] [u|you] [said|say] [mum|mom|football|soccer] {lol}",
    "[r|are] [u|you] [on|doing] [half term|spring break|summer hols] [too|rn]? [we|i] [got|get] [a week|two weeks] off {lol}",
])
n("nf_relative_info", "grandparent", [
    "[Darling|Love], what's your [new|] [mobile|phone] number? [Mum|Your mum|Your mom] said you [got|have] a new phone",
    "[What|Which] [size|shoe size] are you [now|these days]? [I|We] [want|wanted] to get you [something|new trainers] for [Christmas|your birthday]",
    "[What|Which] [year|grade] are you in [now|this year] [sweetheart|pet]? I lose track x",
    "[What time|When] does your school [finish|get out]? [Grandad|I] [can|will] [collect you|pick you up] on {day}",
    "[What's|What is] your [teacher's|new teacher's] name? I want to [hear|know] all about [her|him|them] x",
    "[Which|What] [club|team] are you [playing|swimming] [for|with] now? [Grandad|We] [want|would love] to come and watch x",
])

# ---- supervision_check look-alikes -------------------------------------------------------------
n("nf_friends_parent_pickup", "friends_parent", [
    "Hi [love|sweetie|hun], is your [mum|mom|dad] [home|in]? I'll [give her|give him|give them] a [ring|call] about [pickup|the sleepover|Saturday]",
    "[Is your mum or dad|Are your parents|Are your grown ups] [around|there]? [I|We] need to [check|confirm] the [pickup time|lift] with them first",
    "[Could|Can] you [ask|get] your [mum|mom|dad] to [text|call] me? It's about {fname}'s [party|sleepover|match]",
    "Hi, it's {fname}'s [mum|mom|dad]. Do your [mum and dad|parents|folks] know about [the|tonight's] [sleepover|plan]? I'd like to [check|speak] with them first",
    "[Let|Tell] your [mum|mom|dad] know [I'm|Im] [outside|running 5 mins late|on my way] [for pickup|to collect you both]",
    "[Will|Is] [anyone|a grown up] going to be home when [I|we] drop you [off|back]? I don't want to leave you on your own",
])
n("nf_parent_screen_rules", "parent", [
    "[Phone|Tablet|iPad] [downstairs|in the kitchen|on the charger] by {time} [please|tonight], [school night|you know the rules]",
    "[I'll|Ill] be [checking|looking at] your screen time [later|tonight], so don't [stay up|go over]",
    "[Is|Has] [Dad|your stepdad] [home|got back] yet? He [said|promised] he'd put the oven on",
    "I've [set up|turned on] Family Link on your [new|] phone, we'll [go through|look at] the settings together",
    "[Who's|Whos] [at home|with you] [right now|rn]? [Is|] [Nan|Gran|your brother] still there?",
    "[Are you|You] [on your own|by yourself] [at home|till 6]? [Lock|Remember to lock] the door and text me",
])
n("nf_babysitter", "babysitter", [
    "[Are your parents|Is your mum|Is your mom] [leaving|gone] [yet|already]? [I'll|Ill] be [there|over] [at|by] {time}",
    "[What time|When] do your [mum and dad|parents|mom and dad] [usually|normally] get back from [date night|work]? just so i know for [bedtime|tea]",
    "[Did your mum leave|Has your mom left] a [list|note] of [bedtime|screen time] [rules|times]?",
    "[Is|] the [baby monitor|tablet] [charged|on]? your [mum|mom] asked me to keep an eye on it",
    "[Where|Where's] [do you keep|the] [the|] [spare key|first aid kit|emergency numbers] [again|?]",
    "your [mum|mom|dad] [says|said] [iPad|screens] off at {time} – [sorry|soz] [not my rule|boss's orders] {pe}",
])
n("nf_teacher_trip", "teacher", [
    "[Please|Pls] make sure a parent or carer [is|will be] at the [school gate|coach park] when we [get back|return] at {time}",
    "[Are your parents|Are your carers|Is your parent] [aware|happy] about the [trip|late finish] [on|this] {day}?",
    "[Who|Who's] [is collecting|picking] you up [today|tonight]? I can't [let|release] you [go|home] until I've seen [them|an adult]",
    "[Does your mum or dad|Do your parents] [know|have] [the|our] [school|class] app login? [Messages|Updates] [go|are sent] through it",
    "[Can|Could] a [parent|grown up] [sign|check] your [reading record|planner|homework diary] [tonight|this week]?",
    "[Phones|Devices] are handed [to|in to] the leaders at lights out on camp – [your|] [parents|carers] have already agreed",
])
n("nf_sibling_home", "older_sibling", [
    "[is|r] [mum|mom|dad] home [yet|rn]? [i|] [forgot|left] my keys {lol}",
    "[did mum see|has mom seen|did dad see] the [text|report|parking ticket] [yet|lol]",
    "[where|wat] [r|are] [mum|mom] and [dad|our stepdad]? they [not|arent] [picking up|answering] {lol}",
    "[is|r] [mum|mom] [in|still in] [a good mood|a mood] [rn|today] [lol|before i come home]",
    "[can|could] [u|you] ask [mum|mom|dad] if i can [stay out|stay at {fname}'s] [till|until] {time}?",
    "[who's|whos] [home|in] [rn|right now]? [need|i need] someone to [let me in|open the door|take in a parcel]",
])
n("nf_peer_phone_talk", "school_friend", [
    "[does ur mum|does your mom|do your parents] [check|go through] [ur|your] phone [too|as well]? [mine|my mum] does every night 😭",
    "[r|are] [u|you] allowed [ur|your] phone [in|at] [bed|night]? mine has to [go|stay] [downstairs|in the kitchen] {lol}",
    "[is|r] [ur|your] [mum|mom] [home|there]? can [u|you] [ask|see] if [u|you] [can|could] [come|sleep] [over|round] [sat|saturday]",
    "my [mum|mom|dad] [put|set] [screen time|family link|parental controls] on my [phone|switch|xbox] 😭 does [urs|yours] [have|do] that?",
    "[r|are] [u|you] [home alone|by urself] [rn|too]? [wanna|u wanna] call while we [do|finish] the {subj} [hw|homework]",
    "[gtg|g2g] my [mum|mom|dad] [is|just] [checking|took] my [phone|screen time] {lol}",
])

# ---- secrecy look-alikes -----------------------------------------------------------------------
n("nf_surprise_party", "parent", [
    "[Don't|Dont] tell [Dad|Mum|Mom|your sister|Gran] about the [surprise party|cake|present]!",
    "[Shh|Shhh] it's a surprise for [Mum's|Mom's|Dad's|Nan's] birthday {pe}",
    "[Delete|Hide] this [message|text] [before|in case] [Dad|Mum|your sister] [sees|borrows your phone] – it's about [her|his] present!",
    "Keep [quiet|it a secret] about the [holiday|trip|Disneyland] [till|until] we tell [them|your brother] on [Christmas|her birthday]",
    "[Can|Could] you [keep|hide] the [card|present|gift] [in your room|under your bed] so [he|she] [doesn't|won't] [find|see] it?",
    "[Don't|Dont] [spoil|ruin] it for your [little|] [brother|sister|cousin]: we're getting [a puppy|a kitten] [on|next] {day}!",
])
n("nf_peer_gossip", "school_friend", [
    "[dont|don't] tell [any1|anyone] [but|] i [have|got] a crush on {fname} {pe}",
    "[pls|please] [delete|unsend] [that|the] [pic|photo] of me [eating|mid sneeze|with my eyes shut] {lol}",
    "[promise|pinky promise] [u|you] [wont|won't] [tell|say] [anyone|the gc] what i got in the {subj} [test|mock]",
    "[keep|keep it] [on the low|lowkey] that we're [going out|dating], my [mum|mom] will [tease me|never stop] {lol}",
    "[dont|don't] [screenshot|ss] my [rant|msg] [lol|pls] i was [just|so] [tired|moody]",
    "[its|it's] a secret [but|] we're [moving|getting a dog|going to florida] [in the summer|next year] {pe}",
])
n("nf_teacher_confidential", "teacher", [
    "Please keep the [quiz|test] [answers|questions] to yourself [until|till] [all groups|everyone] [have|has] sat it",
    "The [surprise|leavers'] [assembly|video] for [Mrs|Mr|Ms] {lname} is [top secret|a secret] – no [spoilers|telling] please!",
    "[Team|Squad] selection stays [private|confidential] [until|till] I [announce|post] it on {day}",
    "Keep your [password|login] [private|to yourself] – never share it, not even with your [best friend|classmates]",
    "What you share in [circle time|the wellbeing session|group] [stays|is kept] in the room, unless [I'm|we're] worried about your safety",
    "[Please don't|Don't] [post|share] the [match|rehearsal] [videos|photos] online – not all families have given consent",
])
n("nf_sibling_secret", "older_sibling", [
    "[dont|don't] tell [mum|mom|dad] i [broke|cracked|spilled juice on] the [remote|vase|laptop] [lol|pls] i'll tell [her|them] myself [later|tonight]",
    "[dont|don't] [tell|snitch to] [mum|mom] i [ate|finished] the [last|leftover] [pizza|cookies|ice cream] {lol}",
    "we're [planning|doing] a surprise for [mum's|mom's|dad's] [40th|50th|birthday], [dont|don't] [say|mention] [anything|a word] at [dinner|tea]",
    "[dont|don't] [tell|show] [mum|mom] my [report|grades|hair dye] [yet|lol] i'll [tell|show] [her|them] after tea",
    "clear the [search history|youtube history] on the [family|shared] [ipad|pc] [before|bc] [ur|the] birthday presents [are on it|show up] {lol}",
    "keep it [quiet|to urself] that [i'm|im] [coming home|visiting] [this weekend|from uni], it's a surprise for [mum|mom|nan]",
])
n("nf_gaming_strat_secret", "gaming_friend", [
    "[dont|don't] [tell|show] the [other team|other squad|server] [our|the] [strat|base location|code] {lol}",
    "keep it [quiet|secret] that we [found|got] the [glitch|secret room|hidden chest] [b4|before] they patch it",
    "[delete|clear] [that|the] [msg|message] [w|with] [our|the] [password|server code] so [randoms|the other clan] can't use it",
    "[dont|don't] [spoil|tell] [anyone|{fname}] what the [ending|boss] [is|does] [lol|pls] they [havent|haven't] finished it",
    "[its|it's] a [secret|surprise] [but|] [im|i'm] [gifting|getting] {fname} the [battle pass|skin] for their [birthday|bday], [dont|don't] tell them",
    "[shh|shhh] [dont|don't] [tell|@] the [mods|server] we're [making|building] a [surprise|fan] [map|server] for {fname}",
])
n("nf_parent_secret_innocent", "parent", [
    "[Let's|Lets] not [tell|mention to] your [brother|sister] about the [ice cream|treat] we had or [he'll|she'll] want one too {pe}",
    "[Don't|Dont] mention the [puppy|holiday|new house] [plans|news] at school [yet|until it's all booked]",
    "[Please|Pls] keep [our|the] [address|wifi password|door code] [private|offline|to yourself] – [never|don't] post it online",
    "[Don't|Dont] tell your [dad|mum|mom] about the [dent|scratch] on the car, [I'll|Ill] [tell|explain to] [him|her] [tonight|myself]",
    "[What|Anything] you [tell|say to] me [stays|is] [between us|private], unless [you're|ur] [in danger|not safe]",
    "[Don't|Dont] [open|peek at] the [parcels|boxes] in [my|our] [wardrobe|closet] – [Christmas|your birthday] is [coming|soon] {pe}",
])

# ---- isolation look-alikes ---------------------------------------------------------------------
n("nf_peer_venting", "school_friend", [
    "my friends [r|are] [so|being so] annoying [today|rn] {lol}",
    "[ugh|honestly] the [group chat|gc] [is|was] [so|] [dramatic|toxic] [today|lately], [can i|can we] [just|] [rant|talk] to [u|you] [instead|for a sec]",
    "[im|i'm] not [sitting|hanging] with {fname} [at lunch|tmrw] [she|he] was [mean|rude] [to me|about my hair]",
    "[we|u and me] [should|gotta] be partners for {subj} [tbh|ngl] the others [never|dont] do any work",
    "i [feel|felt] [so|kinda] left out when they [all|] went [without|to the park without] me 😭",
    "[honestly|ngl] [ur|you're] the [only one|best one] in [the|our] [friend group|form] who [actually|] listens to me {pe}",
])
n("nf_teen_couple_time", "teen_partner", [
    "[miss|i miss] [u|you] [already|lol], [wanna|u wanna] call [after|before] [tea|dinner|bed]?",
    "[cant|can't] wait to see [u|you] [at school|tmrw|in {subj}] {pe}",
    "go [have fun|enjoy it] [w|with] [ur|your] [friends|mates] [tonight|at the party] [babe|bby], text me when [ur|you're] home {pe}",
    "[sorry|soz] i [didnt|didn't] reply i was at [my nan's|my grandma's|{sport}] {lol}",
    "[u|you] [ok|alright]? [u|you] [seemed|were] [quiet|sad] [in|at] [lunch|{subj}] [today|earlier]",
    "[can|could] we [do|have] a day [just|] [us two|the two of us] [soon|this weekend]? [and|then] [the whole group|everyone] [next time|on sunday] {pe}",
])
n("nf_parent_friend_concern", "parent", [
    "I'm not sure {fname} has been a [good|kind] friend to you [lately|this term], [want to|shall we] talk [about it|after tea]?",
    "[Why don't you|Maybe] [invite|ask] [some friends|{fname}] [round|over] [this weekend|on {day}]? [I'll|Ill] [do|make] [pizza|snacks]",
    "You've been [on|glued to] [your phone|the xbox] [all day|for hours], go [out|to the park] [with|and see] your friends",
    "[Phones|Devices] [away|down] [at|for] [dinner|tea] – [family time|we're eating together] [please|x]",
    "If [someone|a friend] [keeps|is] leaving you out, you can always [talk to me|tell me] or your [teacher|tutor]",
    "[Grandma is|Nan is|Your cousins are] [coming|visiting] [Saturday|this weekend], please don't hide in your room the whole time",
])
n("nf_coach_commitment", "coach", [
    "We need [you|everyone] at [every|all] [training|practice] [sessions|nights] [before|leading up to] [the final|the cup|nationals]",
    "[Missing|Skipping] [training|practice] without telling me isn't fair on the team – let me know [in advance|early] next time please",
    "[Focus|Concentrate] on the [game|team] [today|this week], leave [the|any] [drama|group chat stuff] [at the door|for later]",
    "The team [needs|is counting on] you [on|this] {day} – please [confirm|let me know] your availability",
    "You don't need to [listen to|worry about] what [the other team|people online|the crowd] [says|said] – [focus on|play] your own game",
    "[Great|Good] to see [the squad|you all] [supporting|cheering] each other [today|on {day}], that's what a team is",
])
n("nf_gaming_squad", "gaming_friend", [
    "[leave|quit] [that|the] [server|clan] [lol|fr] [its|it's] full of [bots|scammers|toxic randoms] [anyway|ngl]",
    "[ur|your] [old|other] squad is [so|] [toxic|sweaty] [ngl|fr] come join our [team|clan] with {fname} and {fname}",
    "[why|y] do [u|you] [always|still] [duo|play] [w|with] [them|him] [instead of|and not] [us|me] {lol} [jk|jokes]",
    "[dont|don't] [listen|mind] [to|] the [randoms|trolls] [in|on] [vc|chat] [they're|theyre] [just|] [salty|mad] {lol}",
    "[mute|block] [that|the] [guy|random] [hes|he's] being [weird|toxic] to everyone [in every lobby|lol]",
    "[cant|can't] [play|come on] [tonight|rn] [im|i'm] at my [cousins|gran's|football] {lol} play [w|with] the others",
])
n("nf_sibling_protect", "older_sibling", [
    "[stay|keep] away from {fname} [tbh|fr], [she|he] [was|been] [spreading|saying] [stuff|rumours] about [u|you] in my year",
    "[ur|your] [friends|mates] [are|r] [so|] [loud|annoying] [lol|💀] [can|could] [u|you] [lot|guys] [go|move] [upstairs|to the park]",
    "[mum|mom] [said|says] [ur|you're] grounded so [u|you] [cant|can't] [go|see] [ur|your] [friends|mates] [tonight|sat] [sorry|unlucky]",
    "if [anyone|those kids] [at school|online] [is|are] being [mean|weird] [to u|again] tell me and [i'll|ill] [sort|deal with] it",
    "[ignore|dont mind] what [they|ppl] [said|say] [in|on] [the|ur] [gc|comments], [ur|you're] [fine|sound|good]",
    "come [with me|along] to the [cinema|shops] instead of [moping|sulking] [in ur room|all day] {lol}",
])

# ---- platform_move look-alikes -----------------------------------------------------------------
n("nf_classmate_snap", "school_friend", [
    "[add|add me on] snap [its|it's] {snap} {pe}",
    "[whats|what's] [ur|your] [snap|insta|tiktok]? i [sat|was] [next to|behind] [u|you] in {subj} {lol}",
    "[can|could] [u|you] [add|follow] me [back|on insta]? [its|it's] {fname} [from|in] [ur|your] [form|class|tutor group]",
    "we're making a [snap|whatsapp|discord] [gc|group chat] for [our|the] [year|form|{sport} team], [want in|u in]?",
    "[ft|facetime] [later|tonight] to [do|go over] the {subj} [hw|homework] together?",
    "[join|hop in] the [discord|vc] we're all [revising|doing the quiz] for the [test|mock] {lol}",
], snap=["maya.x09", "jxshh_", "lily_k2", "dev.playz", "ruby_bbx", "finnn.23"])
n("nf_teacher_platform", "teacher", [
    "[Please|Pls] join the [Google Classroom|Teams|Seesaw] [page|class] [using|with] this code: {code}",
    "We'll [do|have] [the|our] [lesson|tutoring session] on [Zoom|Teams|Google Meet] {day} at {time}, link [sent|is] to your parent's email",
    "[Our|The] [year group|class] [updates|announcements] will be on [the school app|Class Dojo|ParentMail] from now on",
    "[Switch|Please switch] your camera on for the register, then feel free to [turn it off|mute]",
    "[Can|Could] a [parent|mum or dad] [join|sit in on] our [first|next] [online|video] [session|lesson]? It's [school|our] policy",
    "[Please don't|Don't] message me on [social media|instagram] – use your school [email|account|app] only please",
], code=["x7k2pq", "hj4mw9", "ab12cd", "qz88lr"])
n("nf_family_groupchat", "cousin", [
    "i've [made|set up] a [family|cousins] [whatsapp|group chat] for [nan's|grandad's|christmas] [party|plans], [adding|added] u now",
    "[can|could] we [video call|facetime] [grandma|nana] on {day} at {time}? she [misses|wants to see] [u|you] x",
    "[download|get] whatsapp on [ur|your] new phone so [u|you] [can|will] be in the [family|cousins] [chat|gc] {lol}",
    "[text|message] [me|us] on whatsapp [instead|] [when|while] [ur|you're] [abroad|on the school trip|away] [no roaming|on wifi]",
    "[facetime|ft] [me|us] [when|once] [u|you] [land|arrive|get there] so we know [ur|you're] safe x",
    "{rel} [wants|asked] [u|you] to join the [cousins|family] [snap|whatsapp] [gc|group] {pe}",
])
n("nf_gaming_friend_discord", "gaming_friend", [
    "add me on [discord|xbox|psn] [its|it's] easier to [party up|queue] than [roblox|in-game] chat {lol}",
    "[join|hop in] the [discord|party|vc] me and {fname} from school [are|r] already in it",
    "[whats|what's] [ur|your] [epic|psn|xbox|switch] [name|tag|code]? [ill|i'll] send [u|you] a request",
    "[lets|let's] [move|go] [to|on] discord [bc|cos] [roblox|the game] chat keeps [tagging|censoring] every word {lol}",
    "[wanna|u wanna] [stream|screenshare] [ur|your] game in discord so we can watch [the|ur] [run|build]?",
    "[accept|check] my [friend request|invite] on [fortnite|minecraft|roblox] [lol|pls] its {fname} from [ur|your] class",
])
n("nf_club_app", "club_leader", [
    "All [updates|fixtures] go on the [TeamSnap|Spond|club WhatsApp|team app] this season – ask a [parent|grown up] to [join|download it]",
    "Please ask your [parents|mum or dad] to message me on [the club|their] [WhatsApp|number] about [lifts|kit orders]",
    "We've set up a [club|team] [Instagram|TikTok] page for [photos|results] – parents [approve|check] every post",
    "[Scouts|Guides|Cubs|Brownies] [badge|camp] [info is|details are] on [the|our] [OSM|online] portal – your parents have the login",
    "[Zoom|Online] [session|meeting] [tonight|on {day}] for the [patrol|team] – link [sent|emailed] to your parents",
    "Please don't [add|message] leaders on personal accounts – [use|stick to] the [group|club] [app|channel] only",
])
n("nf_teen_partner_ft", "teen_partner", [
    "[ft|facetime] [after|when] [u|you] [finish|done] [ur|your] {subj} [hw|homework]? {pe}",
    "[add|follow] my [priv|private] [story|account] on [snap|insta] [lol|its just my mates] {pe}",
    "[call|ring] me [before|after] [bed|school] [bby|babe|x]",
    "[u|you] [on|got] [whatsapp|imessage]? my [snap|insta] keeps [crashing|glitching] {lol}",
    "[text|message] me [when|once] [ur|you're] [home|back] from {sport} [ok|k] x",
    "[wanna|u wanna] [watch|finish] the [show|movie] [on|over] [facetime|discord] together [tonight|later]?",
])

# ---- gifts look-alikes -------------------------------------------------------------------------
n("nf_sibling_gift", "older_sibling", [
    "[ill|i'll] [buy|get] [u|you] the battle pass for [ur|your] birthday if [u|you] stop [asking|nagging] {lol}",
    "[happy|] [birthday|bday] [little|lil] [bro|sis|one] [check|look at] [ur|your] [xbox|switch|account], [sent|gifted] [u|you] {amt} {cur} {pe}",
    "i [got|bought] [u|you] [the|that] [hoodie|game|skin] [u|you] [wanted|kept going on about] [with|from] my [first|] [paycheck|wages] {lol}",
    "[i'll|ill] [lend|give] [u|you] {cash} for the [cinema|trip|fair] but [u|you] [owe me|do my chores|pay me back] [lol|jk]",
    "[ur|your] [christmas|xmas] [present|pressie] is arriving [today|in the post] [dont|don't] [open|peek] [it|lol]",
    "[mum|mom] [said|says] i [can|should] give [u|you] my [old|spare] [phone|headphones|controller] [now|since i got a new one]",
])
n("nf_grandparent_money", "grandparent", [
    "I've [put|sent] [a little|some] [birthday|pocket] money into your [account|card|GoHenry] [sweetheart|darling] x",
    "[What|Which] [game|book|toy] would you like for [your birthday|Christmas]? [Grandad|Grandpa] wants to know x",
    "There's a [£10|$10|£20|$20] [note|voucher|card] in [your|the] [card|envelope], don't spend it all at once! xx",
    "We got you the [Lego|Switch game|art set|football boots] you [asked for|wanted] – [Mum|Mom|Dad] [has it|will give it to you]",
    "Treat yourself to something [nice|lovely] with [the|your] [birthday|Christmas|exam] money, you [earned|deserve] it x",
    "Thank you for [helping|visiting] [me|Grandad] [today|at the weekend], here's [a little something|some pocket money] for your [sweets|piggy bank] x",
])
n("nf_parent_reward", "parent", [
    "When you [finish|get] [your|all your] [homework|revision|chores] [done|] I'll [put|add] {cash} [on|onto] your [card|account|Roblox]",
    "[Well done|Good job] on [the|your] [exams|grades|report], we're getting you [the|that] [game|console|trainers] you [wanted|asked for]",
    "Your [pocket money|allowance] went into your [account|card] [today|this morning] – [spend|use] it [wisely|sensibly] x",
    "[Dad|Your stepdad|Mum|Mom] [said|has said] [he'll|she'll] [get|buy] you [V-Bucks|Robux|the battle pass] for your birthday if you ask nicely",
    "[Choose|Pick] [a|one] [book|game|toy] [under|up to] [£20|$20|£15] and I'll [order|get] it [for you|tonight]",
    "Here's your [lunch|bus|dinner] money – don't [spend|waste] it on [sweets|crisps|chips]!",
])
n("nf_friend_trade", "gaming_friend", [
    "[wanna|u wanna] [trade|swap] my [pet|skin|card] for [urs|yours]? [fair|even] [trade|swap] {lol}",
    "i [gifted|sent] [u|you] [a|the] [emote|skin] for [ur|your] [bday|birthday] {pe} [happy|hbd]",
    "[can|could] i borrow {cash} for [lunch|the tuck shop|the canteen]? [ill|i'll] [pay|give] [u|you] back [tmrw|monday]",
    "my [mum|mom] [bought|got] [us|me and u] [tickets|cinema tickets|pizza] for [saturday|the weekend] {pe}",
    "i [got|have] [2|two] [codes|skins] from [the|a] [giveaway|bundle] [want|u want] the other one?",
    "we're [all|] [chipping in|putting in] {cash} to get [miss|sir|{fname}] a [leaving|birthday] [present|card], [u|you] [in|want in]?",
])
n("nf_teacher_prize", "teacher", [
    "Congratulations! You've won a [£10|$15|£20] [book token|voucher|gift card] in [the|our] [reading|spelling|art] [competition|challenge]",
    "Everyone who [hands in|completes] their [homework|reading log] by {day} gets a [sticker|house point|merit|prize]",
    "[Medals|Trophies] and [certificates|goody bags] will be handed out at the [presentation|awards] evening on {day}",
    "[The|Our] [club|team] is covering everyone's [kit|tracksuits|entry fees] this season thanks to [our|the] [sponsor|fundraiser]",
    "[Pizza|A treat] party for the whole [class|team] if we [hit|reach] our [target|goal]!",
    "[Scouts|Cubs|Guides] [badge|camp] [fee|cost] has been covered by the [group fund|grant] – nothing to pay",
])
n("nf_cousin_babysitter_treat", "babysitter", [
    "[got|bought] [u|you] a [slushie|ice cream|sweets] for [being|behaving so] [good|well] [lol|{pe}]",
    "[ur|your] [mum|mom] left [money|cash|a tenner] [for|to get] [pizza|takeaway] so pick what [u|you] want",
    "i [brought|got] [u|you] a [new|] [colouring book|slime|game] from the [shop|market] {pe}",
    "[ur|your] [mum|mom|dad] said [u|you] can [have|get] [one|a] [treat|snack] from the [shop|corner shop] if [u|you] [finish|do] [ur|your] reading",
    "[happy|] [birthday|bday]! [ur|your] [mum|mom] [said|says] i can [give|bring] [u|you] [ur|the] [present|card] [early|tonight] {pe}",
    "i'll give [u|you] my [old|spare] [minecraft|roblox] [world|account] its [got|full of] [loads|heaps] of stuff",
])

# ---- sexual_content look-alikes ----------------------------------------------------------------
n("nf_sex_ed", "teacher", [
    "Reminder: our [RSE|PSHE|health class|sex ed] lesson [on|this] {day} covers [puberty|consent|healthy relationships]",
    "[Please|Pls] return the signed [permission|opt-out] slip for the [puberty talk|health unit|growing up lesson]",
    "If [anyone|an adult] online asks you about [bodies|sexual things|what you're wearing], tell a [trusted adult|teacher|parent] [straight away|right away]",
    "[Today's|This week's] [lesson|topic] [is|was] about [consent|body changes|periods] – questions can go in the [anonymous|question] box",
    "The school nurse [is|will be] running the [puberty|hygiene] [session|talk] for {yr} [on|this] {day}",
    "[Crushes|Dating|Kissing] at your age [is a topic|is something]  we'll [cover|talk about] in the [relationships|RSE] [unit|lesson] next week",
])
n("nf_parent_talk", "parent", [
    "Have you got any [questions|worries] about the [puberty|growing up] [lesson|class|book]? [Happy to|Ask me] anytime x",
    "I've left a [book|leaflet] about [growing up|puberty|periods] on your [bed|desk], [no pressure|read it when you want] x",
    "[We'll|Let's] get you [some|your first] [deodorant|sports bras] [at|on] [the weekend|Saturday|the shops]",
    "Has [anyone|someone] [at school|online] [said|asked] anything that made you [uncomfortable|feel weird]? You can always tell me",
    "[Bedtime|Lights out|PJs on] by {time} [please|pls] – it's a school [night|day tomorrow]",
    "Who's [this|the] [boy|girl|friend] you keep [mentioning|talking about]? [Is he|Is she|Are they] in your class? x",
])
n("nf_peer_crush", "school_friend", [
    "[omg|ommg] do [u|you] think {fname} likes [u|you]? [they|he|she] kept [looking|staring] [at u|over] in {subj} {pe}",
    "have [u|you] [ever|] had a [crush|bf|gf] [tho|lol]? [im|i'm] [so|] nervous to ask {fname} to the [disco|dance|prom]",
    "[truth or dare|truth]: [whos|who's] [ur|your] crush {pe} [i won't tell|pinky promise]",
    "did [u|you] [hear|see] {fname} and {fname} [kissed|held hands] [at|behind] the [party|disco|bike sheds] {lol}",
    "[that|the] [puberty|health] [video|lesson] [in|at] [school|{subj}] was [so|soo] [awkward|cringe] 💀",
    "[what|wat] [r|are] [u|you] wearing [to|for] the [party|disco|prom|non-uniform day]? i [dont|don't] [want|wanna] to [match|clash] {lol}",
])
n("nf_coach_kit", "coach", [
    "Reminder: everyone needs [a|their] [gum shield|shin pads|base layer|sports bra] for [training|matches]",
    "What are you wearing for the [match|gala|race]? It's going to be [freezing|cold] – bring layers",
    "The changing [room is|rooms are] [closed|being cleaned] {day}, please come already changed",
    "[Kit|Uniform] check: please make sure your [shorts|leotards|swimsuits] [fit|are the right size] before the [competition|display]",
    "Bring your [swimsuit|swimming costume|trunks] and a towel for the pool session {day}",
    "[Wear|Bring] something you can move in for [dance|gym|drama] {day} – [leggings|joggers|shorts] are fine",
])
n("nf_older_sibling_advice", "older_sibling", [
    "if [some|any] [random|weird] [person|guy|adult] online [asks|ever asks] what [ur|you're] wearing or for [pics|a pic], block them and tell me",
    "so who was the [boy|girl|kid] [u|you] were [holding hands|walking] with {lol} [mum|mom] doesn't know [yet|lol]",
    "[ur|you're] [too|way too] young for a [bf|gf|boyfriend|girlfriend] [lol|tbh] [stick to|focus on] [minecraft|school|football]",
    "did [mum|mom] give [u|you] the [talk|puberty talk|birds and bees talk] [yet|lol] 💀 so [awkward|cringe]",
    "[ur|your] first [school|year 9|middle school] [disco|dance] is on friday? [dont|don't] [be|get] nervous just dance {lol}",
    "[if|when] [u|you] [ever|] get a [crush|bf|gf] [u|you] [can|could] [ask|talk to] me about it [lol|no judgement]",
])
n("nf_teen_couple", "teen_partner", [
    "[can|could] i hold [ur|your] hand on the [school trip|cinema trip] [lol|{pe}]",
    "[omg|lol] [that|our] first [kiss|hug] [at|after] the [disco|dance|party] was [so|] [awkward|cute] {pe}",
    "do [u|you] [wanna|want to] be my date to the [prom|school dance|formal]?",
    "[ur|your] [mum|mom] [is|was] [so|] [nice|funny] when i came [round|over] [lol|{pe}]",
    "[r|are] we [official|going out] [now|then] {lol} {pe}",
    "[what|wat] [r|are] [u|you] [wearing|gonna wear] to the [dance|prom|formal]? so we [can|could] match {pe}",
])

# ---- image_request look-alikes -----------------------------------------------------------------
n("nf_parent_photo", "parent", [
    "[Send|Snap] me a [photo|pic] of [your|the] [homework|permission slip|timetable] [please|pls]",
    "[Take|Send] a [pic|photo] of the [bus timetable|receipt|price tag] so I can check",
    "[Send|Can you send] me a [selfie|photo] with [Nan|Grandma|your cousins] [at|from] the [party|wedding|zoo] x",
    "[Video call|FaceTime|Call] me when you [get to|arrive at] [camp|the hotel|Dad's] so I can see [you're ok|your room]",
    "Have you got the [photos|pics] from the [school trip|match]? Share them to the family [chat|group]!",
    "[Photo|Pic] of your [report|results|certificate] [please|pls]! So proud x",
])
n("nf_teacher_photo", "tutor", [
    "[Please|Pls] [upload|send] a [photo|picture] of your [completed|finished] [worksheet|homework|project] to [Teams|Google Classroom|Seesaw]",
    "If you were [absent|off], [send|email] me a [photo|pic] of your [notes|answers] so I can mark [them|it]",
    "For [art|DT|the project], upload a [photo|pic] of your [sculpture|model|drawing] at each [stage|step]",
    "[Cameras|Camera] on for the [register|quiz] please – you can [blur|use] a background",
    "[Film|Record] a [short|1 minute] [video|clip] of your [presentation|experiment|French speech] and [upload|submit] it by {day}",
    "Hold your [working|page] up to the camera so I can check it [before|then] we move on",
])
n("nf_coach_photo", "coach", [
    "[Can|Could] a [parent|mum or dad] [send|email] us a [passport|headshot] photo for your [league|player|membership] [card|registration]?",
    "[Send|Film] us a [clip|video] of your [technique|serve|routine|dive] and [I'll|Ill] send [feedback|notes]",
    "[Team|Squad] [photo|pic] [before|at] [kick off|the match|the gala] on {day} – matching kit [please|pls]",
    "[Photos|Pics] from [camp|the tournament] are up on the club page – your parents can download them",
    "Please send a [photo|pic] of your [badge|log book|completed challenge] so I can sign off your [award|badge]",
    "[Pic|Photo] of your [medal|trophy|certificate] for the club [newsletter|noticeboard]? Only with your parents' permission",
])
n("nf_friend_pics", "school_friend", [
    "[send|show] me a [pic|photo] of [ur|your] new [puppy|kitten|hamster] {pe}",
    "[pic|ss|screenshot] of [ur|your] [base|build|island|score] [pls|lol]",
    "[send|snap] the [pic|photo] of the {subj} [homework|notes|board] i [missed|forgot to copy] {lol}",
    "[can|did] [u|you] send me the [pics|photos] from the [sleepover|party|trip] for my [story|edit]?",
    "[fit check|outfit check] before the [party|disco|non uniform day]? send a [mirror pic|pic] and [i'll|ill] send mine {pe}",
    "[facecam|face reveal] in [our|the] [discord|vc] [lol|its just] me and [{fname}|the squad] {lol}",
])
n("nf_grandparent_photo", "grandparent", [
    "[Send|Could you send] [Grandma|Nana|Grandad|me] a [photo|picture] of you in your [new|] [uniform|costume|school shoes] [please|darling] x",
    "I'd love [a|to see a] [picture|photo] of the [cake|painting|garden] you [made|did] x",
    "Ask [Mum|Mom|Dad] to help you send a [video|clip] of your [concert|recital|play] [please|x]",
    "Hold the [phone|tablet] [up|higher], [I|Grandad] can only see your [ceiling|forehead|chin]! haha",
    "[What|Wasn't that] a [lovely|beautiful] [photo|picture] of you all in the [family chat|WhatsApp]! [More|Send more] please x",
    "[Can|Could] [I|we] have a [photo|pic] of your [certificate|medal|trophy]? I'll put it on [the|my] [fridge|mantelpiece] x",
])
n("nf_sibling_cousin_photo", "cousin", [
    "[send|take] a [pic|photo] of [mum's|mom's|nan's] [face|reaction] when she opens [the|my] [present|card] {lol}",
    "[can|could] [u|you] [take|send] a [pic|photo] of my [timetable|charger|passport] its on my [desk|bed] [pls|lol]",
    "[send|snap] me a [vid|video] of the [dog|puppy|cat] [doing|with] [the|his|her] [zoomies|new toy] {pe}",
    "[ft|facetime] me [when|once] [ur|you're] at [nan's|grandma's] i [wanna|want to] say hi to her",
    "[send|post] the [pics|photos] from the [wedding|bbq|holiday] in the [cousins|family] [gc|chat]",
    "[selfie|pic] [pls|plz] so i can see [ur|your] new [haircut|braces|glasses] {lol} [nan|auntie] [wants|keeps asking] to see",
])

# ---- meetup look-alikes ------------------------------------------------------------------------
n("nf_relative_pickup", "grandparent", [
    "[Grandad|Grandpa|Nan] will [pick you up|collect you] from [school|{sport}] [on|this] {day}, [he'll|she'll] wait at the [main gate|front office|car park]",
    "{rel} is [collecting|getting] you [today|tonight] – I've let your [school|teacher] know x",
    "[I'm|Im] [parked|waiting] [outside|in the car park|by the gate] [now|already], come out when you're ready x",
    "[Meet|Wait for] me [at|by] the [front entrance|reception|bus stop] at {time} please, I'll be in the [red|blue|silver] car",
    "[Dad|Your dad|Your stepdad] will [get|collect] you from the [station|cinema|party] at [around|about] {time} x",
    "Jump in quick, [I'm|Im] on the double yellows! haha",
])
n("nf_friend_hangout", "school_friend", [
    "[wanna|u wanna] [go|meet] [to|at] {place} {when}? my [mum|mom] [said|says] she can [drive|drop] us",
    "[meet|see u] [at|outside] the [park|cinema|shops] at {time} with {fname} and {fname} {lol}",
    "[sleepover|movie night] at mine {when}? my [mum|mom|dad] already [said yes|asked ur mum] {pe}",
    "we're all [going|meeting] [to|at] the [skatepark|ice rink|trampoline park] {when} [u|you] [coming|in]?",
    "[come|pop] [round|over] to mine [after|before] [school|practice] we [can|could] finish our {subj} [project|homework]",
    "[which|what] [gate|entrance] [r|are] [u|you] coming out of? [ill|i'll] wait [there|by the bikes] and we can walk home",
])
n("nf_coach_meet", "coach", [
    "[Meet|Assemble] in the [club car park|school car park|leisure centre foyer] at {time} on {day} – [coach|minibus] leaves sharp",
    "[Parents|Families] please [collect|pick up] from the [side gate|sports hall|pitch 3] at {time}",
    "[Lifts|Car share] to the [away game|tournament] are sorted – check the [club|parents'] [app|whatsapp] to see who's driving you",
    "Extra [training|practice] on {day} from {time}, [parents|mums and dads] welcome to watch",
    "[Scouts|Cubs|Guides] [hike|camp|trip] drop off is at the [scout hut|church car park] at {time}",
    "If you're getting the [bus|train] to the [match|meet], a [leader|coach] will meet the group at the [station|stop]",
])
n("nf_teacher_trip_meet", "teacher", [
    "[Trip|Museum trip] day {day}: be in school by {time}, [we|coaches] leave promptly",
    "[Please|Pls] come and see me in [the library|my classroom|room 12] at [lunch|break] about your [project|coursework]",
    "[Revision|Catch-up|Homework] club runs in the [library|IT suite|science block] [after school|on {day}] – everyone welcome",
    "The [open evening|parents' evening|school play] is on {day} from {time} – come with a [parent|grown up]",
    "[Tutoring|Our session] on {day} will be [at|in] the [library|community centre] as usual – your [mum|mom|parents] booked it",
    "Please wait in reception until a [parent|grown up] collects you after the [match|concert|club]",
])
n("nf_teen_date", "teen_partner", [
    "[wanna|u wanna] go to the [cinema|mall|bowling] on {day}? my [mum|mom|dad] [can|will] [drop|take] us",
    "[meet|see u] at [the|ur] [lockers|form room] [before|after] [registration|homeroom|lunch] {pe}",
    "walk [me|] [home|to the bus] after school [tmrw|today]? {pe}",
    "my [mum|mom] [said|says] [u|you] can [come|stay] for [dinner|tea] [on|this] {day} {pe}",
    "[r|are] [u|you] going on the [school trip|disco|fair] [tmrw|friday]? sit with me on the [coach|bus]",
    "see [u|you] at the [bus stop|park bench] at {time} then, [dont|don't] be late {lol}",
])
n("nf_friends_parent_meet", "friends_parent", [
    "I'll [pick|collect] you and {fname} up from [school|practice] on {day} – your [mum|mom] [knows|asked me to] x",
    "We'll [drop|bring] you home after the [party|cinema|sleepover] at around {time} if that's ok with your [mum|mom]",
    "[I'm|Im] at the gate with {fname} – look for the [silver|blue|red] [car|people carrier]",
    "[Swim|Football|Soccer] car share {day} – I'll wait at the front at {time}, please remind your [mum|mom|dad]",
    "Meet us by the [café|entrance|ticket office] after the [film|show|match], I'll text your [mum|mom] when we're leaving",
    "[Your|] [mum|mom] [says|said] you can come to the [beach|zoo|farm] with us on {day}, we'll collect you at {time}",
])

# ---- coercion look-alikes ----------------------------------------------------------------------
n("nf_parent_consequence", "parent", [
    "[Homework|Chores|Revision] first or [no|there's no] [Xbox|PlayStation|screen time|Switch] [tonight|this weekend]",
    "If your room isn't [tidied|cleaned] by {time}, the [phone|iPad] is going in the drawer till tomorrow",
    "You've got [10 minutes|five minutes] to come off [Roblox|Fortnite|the game] and get downstairs for [dinner|tea]",
    "[I'm|Im] not asking [again|twice] – [bins|dishwasher|dog walk] [now|please]",
    "Pick up [your|the] phone when I call or you're not going out on {day}",
    "Last warning: one more [late|missed] [bedtime|curfew] and the [sleepover|party|trip] is [off|cancelled]",
])
n("nf_teacher_deadline", "teacher", [
    "[Coursework|Homework|Your project] is due by {day} or it's a [detention|late mark]",
    "If I don't [get|receive] your [slip|form] by {day}, you won't be able to come on the trip",
    "This is your [last|final] [reminder|chance]: hand in the {subj} [essay|work] [today|tonight] please",
    "[Phones|Mobiles] [away|in bags] or they'll be [confiscated|kept] until home time",
    "I expect everyone to reply on the [Teams|class] post by {time} so I can take a register",
    "[Final|Last] call for [choir|orchestra|team] sign-ups – after {day} the list is closed",
])
n("nf_coach_pressure", "coach", [
    "[Miss|Skip] one more [training|practice] and you're [on the bench|not starting] on {day}",
    "[Dig deep|Push harder] – you owe it to your [teammates|team|squad] [today|this match]",
    "No excuses, [kit|boots] and water every session or you sit out",
    "Laps for anyone late to [warm-up|training] – no arguments",
    "Do the [fitness|drills] plan over [half term|the break] or you'll feel it at [pre-season|trials]",
    "Selection is based on [attendance|effort] – show me on {day}",
])
n("nf_sibling_deal", "older_sibling", [
    "give [me|] my [charger|controller|hoodie] back or [i'm|im] telling [mum|mom] [u|you] [took|nicked] it {lol}",
    "if [u|you] [dont|don't] get out of my room [i'll|ill] change the wifi password {lol}",
    "[u|you] still owe me {cash} from the [cinema|takeaway|fair] [lol|pay up]",
    "[do|take] my [bins|dishes|dog walk] tonight and [ill|i'll] let [u|you] use my [switch|ps5] [all weekend|all day]",
    "[stop|quit] [screaming|yelling] on [vc|the mic] or [i'm|im] [unplugging|switching off] the [router|xbox] {lol}",
    "[tell|show] [mum|mom] [ur|your] [report|grades] [today|tonight] or i will [lol|💀]",
])
n("nf_peer_banter", "gaming_friend", [
    "[answer|reply] or [im|i'm] stealing [ur|your] [chips|crisps|fries] [tmrw|at lunch] {lol}",
    "if [u|you] [dont|don't] join the [vc|game] [rn|in 5] we're starting without [u|you] {lol}",
    "[u|you] [promised|said] [u'd|youd] [carry|help] me [in|on] {game}, [dont|don't] be a [traitor|snake] {lol}",
    "[last|final] chance to join our group for the {subj} [project|presentation] {lol}",
    "[dare|i dare u] to [sing|dance|wear ur pjs] [in|at] the [talent show|assembly] [lol|ill do it too] {pe}",
    "[send|give] me the [answers|homework] [pls|plz] [or|] i'll [fail|die] [jk|lol jk] {lol}",
])
n("nf_online_safety", "club_leader", [
    "If anyone online says they'll share [pictures|photos|your chats] unless you pay, don't pay – tell an adult straight away",
    "Remember: you will never be in trouble for telling us if someone online pressures you for [photos|anything]",
    "This week in [PSHE|assembly|tutor time] we [talked|learned] about [sextortion|online blackmail|scams] – [Childline|Report Remove|Take It Down] can help",
    "Never [send|give] [gift card codes|money|your password] to people you meet online, even if they say it's urgent",
    "If a message says you've got [an hour|until midnight|10 minutes] to pay or else, that's a [scam|crime] – block, report and tell someone",
    "Threats like [\"send more or I'll share\"|\"pay or everyone sees\"] are a crime – you're not to blame, come and talk to [me|us|a trusted adult]",
])

# ############################################################################################
# NEUTRAL
# ############################################################################################
u("neu_homework", "school_friend", [
    "did [u|you] do the {subj} [hw|homework] [yet|?] [i|] [dont|don't] get [q3|question 4|the last bit] {lol}",
    "[is|was] the {subj} [test|quiz] [on|this] {day}?? [i|] [forgot|totally forgot] {lol}",
    "[what|which] page [was|is] the {subj} [reading|hw] on",
    "[ugh|omg] [this|the] {subj} [essay|project] is taking [forever|ages] {lol}",
    "[r|are] [u|you] [doing|taking] {subj} [for gcse|next year|as an elective]?",
    "[miss|sir|mr {lname}] [set|gave] [so much|way too much] [hw|homework] {lol}",
])
u("neu_games", "gaming_friend", [
    "[the|that] new {game} [update|season|map] is [fire|mid|actually good] {end}",
    "[my|the] [wifi|ping] [is|was] [so bad|lagging] [rn|last night] {lol}",
    "i [finally|just] [hit|reached|unlocked] [diamond|level 100|the new skin] {lol}",
    "[did|have] [u|you] [seen|watched] [the|that] {game} [trailer|leak] [yet|?]",
    "[that|the] last [round|game] was [so|] [sweaty|chaotic] {lol}",
    "[gg|ggs] [everyone|all] [that was|thats] [fun|chaos] {lol}",
])
u("neu_music", "school_friend", [
    "[have|ha] [u|you] heard the new [album|song] [yet|?] its [so good|on repeat] {pe}",
    "[that|this] song is [stuck in my head|on repeat] [all day|rn] {lol}",
    "[r|are] [u|you] going to the [concert|gig] [in|this] [summer|june]? {pe}",
    "[my|our] spotify wrapped [was|is] [so|] [embarrassing|chaotic] {lol}",
    "[what|wat] [r|are] [u|you] [listening to|playing] [rn|lately]?",
])
u("neu_food", "cousin", [
    "[nan's|grandma's] [roast|lasagne|curry] [was|is] [unreal|elite] [today|lol] {pe}",
    "[pizza|chippy|tacos|nuggets] [tonight|for tea|for dinner] [lets gooo|finally] {pe}",
    "is [the|that] [new|] [bubble tea|donut|burger] place [any good|worth it]?",
    "[i|] [burnt|ruined] the [toast|pancakes|cookies] again {lol}",
    "[what|wat] [r|are] [u|you] having for [lunch|tea|dinner]?",
])
u("neu_weather", "school_friend", [
    "[its|it's] [raining|pouring|so hot|snowing] [again|rn] {lol}",
    "[is school closed|is the bus cancelled] [bc|cos] of the [snow|storm|flood]??",
    "[so|way too] [cold|hot] [today|in {subj}] [ngl|fr] {lol}",
    "[hope|hopefully] [it's|its] sunny for [sports day|the trip|the weekend] {pe}",
    "[my|our] [umbrella|coat] [broke|blew away] on the way [home|in] {lol}",
])
u("neu_banter", "gaming_friend", [
    "[bro|bruh] [u|you] [fell|tripped] [off|over] [the map|ur own feet] {lol}",
    "[ur|your] [aim|build] is [so|] [bad|trash] [lol|jk] {pe}",
    "[nah|no way] [that|this] [meme|video] [is|was] [so|too] [funny|cursed] {lol}",
    "[who|whos] [ate|took] my [crisps|chips|snacks] [lol|bro]",
    "[u|you] [snore|talk] [in vc|on mic] [lol|bro] {lol}",
])
u("neu_shows", "cousin", [
    "[did|have] [u|you] [watch|seen] the new [episode|season] [yet|?] [no spoilers|dont spoil it] {pe}",
    "[that|this] [tiktok|reel|video] [had me crying|made me cry|had me dead] {lol}",
    "[we|i] [should|gotta] [rewatch|binge] [that|the] [show|series] [at christmas|in the hols] {pe}",
    "[the|that] [ending|finale] [was|is] [so|] [sad|wild|mid] {lol}",
    "[what|wat] [r|are] [u|you] watching [rn|lately]?",
])
u("neu_sport", "school_friend", [
    "[we|our team] [won|lost|drew] [3-1|2-2|on penalties] {lol} {pe}",
    "[did u see|did you watch] the [match|game] [last night|on sunday]? [that|the] [goal|ending] {pe}",
    "is {sport} [on|cancelled] [this|on] {day}?",
    "[my|our] [legs|arms] [hurt|ache] [so much|sm] [after|from] {sport} {lol}",
    "[who|which team] [r|are] [u|you] [supporting|rooting for] [in|at] the [final|cup]?",
])
u("neu_pets", "cousin", [
    "[my|the] [dog|cat|hamster] [just|] [stole|ate] [my|a] [sock|sandwich|homework] {lol}",
    "[look|omg] [at|how] [my|the] [puppy|kitten] [is|was] [sleeping|sitting] {pe}",
    "[we're|were] [getting|adopting] a [rabbit|guinea pig|dog] [next week|in the summer] {pe}",
    "[the|our] [cat|dog] [hates|ignores] [everyone|me] [except|but] [mum|mom|dad] {lol}",
    "[what|wat] [would u|should i] [name|call] a [puppy|kitten]?",
])
u("neu_plans", "parent", [
    "[Tea|Food|Dinner]'s [nearly ready|on the table] at {tea}, [it's|we're having] [jacket potatoes|stir fry|tacos|shepherd's pie]",
    "[Bins go|Recycling goes] out tonight, [your turn|it's your turn] [love|x]",
    "[Don't forget|Remember] your [PE kit|lunch money|library book] on {day}",
    "We're going to [Nan's|Grandma's|the cinema] on {day}, [be ready|leave] at {time}",
    "[Did|Have] you [feed|fed] the [cat|dog|fish] [this morning|yet]?",
    "[Wrap up|Take a coat], it's [meant to|going to] [rain|snow] [later|this afternoon]",
])


# ---- filling and styling ---------------------------------------------------------------------
def fill(template: str, own: dict[str, list[str]], rng: random.Random) -> str:
    text = families.fill(template, own, SLOTS, rng)
    return text.replace(" ,", ",").replace(" ?", "?").replace(",,", ",").strip(" ,")


def typo(text: str, rng: random.Random) -> str:
    """Swap two neighbouring letters inside one longer word (a fat-finger typo)."""
    words = text.split(" ")
    spots = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not spots:
        return text
    i = rng.choice(spots)
    w = words[i]
    j = rng.randrange(1, len(w) - 2)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


def style(text: str, kind: str, speaker: str, rng: random.Random) -> str:
    casual = kind == "grooming" or speaker in CASUAL
    if casual and rng.random() < P_LOWER:
        text = text.lower()
    if casual and rng.random() < P_TYPO:
        text = typo(text, rng)
    if casual and rng.random() < P_TAIL:
        text += rng.choice(TAILS)
    return text


def generate(rng: random.Random) -> list[dict]:
    """Every family in a fixed order; distinct lines per family, no line repeated across families."""
    return families.generate(FAMILIES, lambda template, kind, speaker, own, r: style(fill(template, own, r), kind, speaker, r),
                             "fourth", rng, LINES_PER_FAMILY, ATTEMPTS_PER_LINE)


if __name__ == "__main__":
    out = generate(random.Random(1))
    names = ("flattery", "personal_info", "supervision_check", "secrecy", "isolation", "platform_move",
             "gifts", "sexual_content", "image_request", "meetup", "coercion")
    kinds = {k: sum(r["kind"] == k for r in out) for k in ("grooming", "hard_negative", "neutral")}
    print(f"{len(out)} lines in {len(FAMILIES)} families: {kinds}")
    counts = {name: sum(name in r["labels"] and r["kind"] == "grooming" for r in out) for name in names}
    print(counts)
    short = {}
    for fid, *_ in FAMILIES:
        c = sum(r["family"] == f"fourth/{fid}" for r in out)
        if c < LINES_PER_FAMILY[0]:
            short[fid] = c
    if short:
        print("families short of lines:", short)
    assert all(c >= 150 for c in counts.values()), counts
