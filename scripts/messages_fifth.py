"""Fifth author's message families: older instant-messenger and chat-room netspeak (Yahoo, AIM,
MSN, IRC, 2004-2012 style: "asl", "u", "r", "ur", "wat", "ne1", "2nite", "brb", ":P", all
lowercase, no punctuation, run-on lines, misspellings), written for BOTH sides: grooming lines
and, in roughly equal amounts, innocent lines in exactly the same style (teens with same-age
friends, parents texting kids, siblings, chat-room adults talking to other adults). The point is
that netspeak alone says nothing; behaviour does. Imported by scripts/make_messages.py; quick
self-check of this module:

    python scripts/messages_fifth.py

`generate(rng)` returns rows with family "fifth/<id>"; the template format, the row fields and
the drawing of lines are in scripts/families.py. Content is kept non-graphic: sexual_content
lines are innuendo or questions only.
"""

from __future__ import annotations

import random
import re

import families

__all__ = ["FAMILIES", "generate"]

# ---- defaults ---------------------------------------------------------------------------
LINES_PER_FAMILY = (20, 30)  # distinct lines wanted per family (inclusive range)
ATTEMPTS_PER_LINE = 30  # fills tried per wanted line before a family gives up
P_TAIL = 0.22  # chance of a trailing emoticon / "lol" (same rate for every kind and speaker)
P_STRETCH = 0.08  # chance one "so"/"lol"/"hey" gets stretched ("sooo", "lolol", "heyyy")

SA, PP, OF = "stranger_adult", "adult_posing_as_peer", "online_friend_adult"
TAILS = [" lol", " :)", " :P", " ;)", " hehe", " lmao", " haha", " :D", " lolz", " =)", " :-)", " ^_^"]
STRETCH = [(r"\bso\b", "sooo"), (r"\blol\b", "lolol"), (r"\bhey\b", "heyyy"), (r"\bhi\b", "hiii"),
           (r"\bok\b", "okk"), (r"\bya\b", "yaaa"), (r"\bomg\b", "omgg")]

SLOTS: dict[str, list[str]] = {
    "lol": ["lol", "lmao", "hehe", "haha", ":)", ":P", ";)", "", "", "lolz", "rofl", ":D", "=P", "xD"],
    "msgr": ["yahoo", "msn", "aim", "y!m", "skype", "icq", "myspace", "yim"],
    "sn": ["sn", "screen name", "addy", "id", "name"],
    "age": ["12", "13", "14", "15", "13", "14"],
    "myage": ["16", "17", "18", "19", "21"],
    "grade": ["6th", "7th", "8th", "9th"],
    "state": ["texas", "ohio", "cali", "florida", "jersey", "michigan", "ny", "georgia", "indiana", "az"],
    "city": ["houston", "dallas", "columbus", "tampa", "detroit", "phoenix", "atlanta", "san diego",
             "cleveland", "orlando"],
    "place": ["the mall", "the movies", "mcdonalds", "the park", "the skate park", "walmart", "the arcade",
              "the food court", "taco bell", "the bowling alley", "the pool", "dairy queen"],
    "time": ["2nite", "tmrw", "this weekend", "sat", "after skool", "friday", "sunday", "2morrow",
             "l8r", "next weekend"],
    "par": ["mom", "dad", "parents", "rents", "folks", "step dad", "mum", "grandma", "mom n dad"],
    "nick": ["hun", "sweetie", "babe", "cutie", "hon", "sweety", "baby girl", "sunshine", "angel"],
    "pic": ["pic", "pix", "picture", "pik", "pict", "foto"],
    "cam": ["cam", "webcam", "web cam"],
    "money": ["$20", "$50", "20 bucks", "50 bucks", "$100", "a hundred bucks", "$30", "$40"],
    "song": ["that fall out boy song", "the new linkin park", "umbrella", "hey there delilah", "crank that",
             "mr brightside", "that green day song", "since u been gone", "hips dont lie", "low"],
    "show": ["the oc", "lost", "american idol", "one tree hill", "degrassi", "heroes", "the office",
             "greys", "hannah montana", "gossip girl"],
    "game": ["halo", "wow", "runescape", "cod4", "guitar hero", "habbo", "neopets", "club penguin",
             "gaia", "the sims 2", "halo 3", "maple story"],
    "fname": ["jess", "mike", "ashley", "tyler", "brittany", "josh", "kayla", "matt", "amanda",
              "chris", "megan", "kyle", "sarah", "nick", "taylor"],
    "sub": ["math", "science", "english", "history", "spanish", "social studies", "algebra", "health"],
    "day": ["monday", "tuesday", "wed", "thurs", "friday", "sat", "sunday"],
    "hour": ["3", "4", "5", "6", "7", "8", "9", "10", "4:30", "5:30"],
    "pet": ["dog", "puppy", "kitten", "cat", "hamster", "bunny", "turtle", "new puppy"],
    "band": ["fall out boy", "mcr", "paramore", "linkin park", "green day", "taking back sunday",
             "good charlotte", "the jonas brothers", "avril", "panic at the disco"],
    "store": ["hot topic", "aeropostale", "hollister", "american eagle", "abercrombie", "claires",
              "pacsun", "old navy"],
    "card": ["itunes", "walmart", "target", "best buy", "visa", "gamestop"],
    "phone": ["razr", "sidekick", "cell", "new phone", "chocolate phone", "prepaid phone"],
}

FAMILIES = families.Families()
g, n, u = FAMILIES.g, FAMILIES.n, FAMILIES.u


# ======================= grooming: flattery ===================================================
g("fl_mature", "flattery", SA, [
    "ur so mature 4 ur age {lol}",
    "u dont [talk|type|act] like a {age} [yr|year] old at all",
    "u seem [way|wayy|alot] older then {age} [4 real|honestly|tbh]",
    "ur not like other [girls|kids] ur age ur [so much|way] more grown up",
    "i [cant|cnt] believe ur only {age} u talk like ur [20|in college|my age]",
    "ur [smarter|more mature] then [most ppl|alot of girls] my age [tbh|4 real|no lie]",
    "u act so [grown up|mature] i [4get|forget] how young u r {lol}",
    "[most|alot of] {age} [yr olds|year olds] r [dumb|so immature] but not u [ur diff|u get it]",
])
g("fl_looks", "flattery", PP, [
    "u sound so [cute|hot|pretty] {lol}",
    "i bet ur [really|super|soo] [pretty|cute|hot] [in person|irl]",
    "ur [pic|default pic|myspace pic|display pic] is [soo|so|hella] [cute|hot|pretty]",
    "wow ur [gorgeous|beautiful|a cutie] {nick}",
    "ur [eyes|smile|hair] [r|is] [amazing|soo pretty] in ur {pic}",
    "ur [way|so much] prettier then the girls at my [skool|work|college]",
    "[dang|wow|omg] girl ur [fine|hot|cute] {lol}",
    "bet the boys at ur skool [cant stop lookin|r all over u] ur [so|too] [pretty|cute]",
])
g("fl_special", "flattery", OF, [
    "ur [so|really|rly] special 2 me {nick}",
    "i never met [ne1|anyone] like u b4 [4 real|honestly]",
    "ur the best thing that [happened|happend] 2 me [this yr|in a long time|in forever]",
    "talkin 2 u is the best part of my [day|week] {lol}",
    "u make me [smile|so happy] every time u sign on",
    "ur [one of a kind|diff from every1 else|not like ne1 else] {nick}",
    "i was thinkin bout u all day [2day|at work] {lol}",
    "u mean [so much|alot|everything] 2 me u know that rite",
])
g("fl_talent", "flattery", OF, [
    "ur the best [singer|writer|artist] ive ever [heard|seen] [4 real|no joke]",
    "ur [poems|drawings|songs|blogs] on ur [page|myspace|xanga] r [amazing|better then pros]",
    "u could [totally|def] be a model {lol}",
    "u could be [famous|a star] [someday|4 real] ur that [talented|pretty]",
    "u got [such|the] [pretty|nicest] voice i could listen 2 u all [day|nite]",
    "ur [so|way] [smart|talented] ur gonna [go far|be somebody] {nick}",
    "no joke ur [prettier|cuter] then [hilary duff|the girls on tv|ne celeb]",
])
g("fl_pet_names", "flattery", PP, [
    "hey {nick} hows my [fav|favorite] girl",
    "[mornin|morning|hey] [beautiful|gorgeous|sunshine] {lol}",
    "[hi|hey] [cutie|princess|angel] [missed u|i missed u] {lol}",
    "there she is my [lil|little] [angel|princess|cutie]",
    "ur my [fav|favorite] person on [here|my buddy list] {nick}",
    "wb [beautiful|gorgeous|cutie] {lol}",
    "[nite|night|gnite] [beautiful|gorgeous|princess] sweet dreams",
])

# ======================= grooming: personal_info ==============================================
g("pi_asl", "personal_info", PP, [
    "asl", "asl?", "a/s/l",
    "[hey|hi|sup|yo|heya] asl",
    "asl [plz|pls|?|] {lol}",
    "{myage} [m|male] [from|in] {state} [u|hbu|wbu]",
    "[r u|u] [m or f|a girl or guy|girl or boy]",
    "[wats|whats|wat] ur [asl|a/s/l|age]",
    "[hey|hi] [there|] {lol} [asl|a/s/l] [plz|pls|?]",
])
g("pi_age_school", "personal_info", SA, [
    "how old r [u|ya] [again|]",
    "[wat|what] grade [u in|r u in|ru in]",
    "u in [middle|jr high|high] [skool|school]",
    "[wat|what] [skool|school] [u go 2|do u go to|u go to]",
    "so ur in {grade} grade [rite|right|?]",
    "[wens|when is|wen is] ur bday {lol}",
    "u gonna be {age} [soon|this yr|?]",
    "[wats|whats] the name of ur [skool|school] [again|]",
])
g("pi_where", "personal_info", PP, [
    "where u live",
    "where [abouts|r u] in {state}",
    "[wat|what] [town|city] [u in|u live in|r u from]",
    "u live [near|by|close 2] {city}",
    "[wat|what] street [u live on|is ur house on]",
    "how far u live from {place}",
    "[wats|whats] the closest [mall|walmart|school] 2 [u|ur house]",
    "u live in a house or [apt|apartment]",
])
g("pi_routine", "personal_info", OF, [
    "[wat|what] time u get [outta|out of] skool",
    "[wat|what] time do u [usually|normally] get on [here|the comp|line]",
    "u walk home or take the bus",
    "[wat|what] do u do after skool [usually|most days]",
    "[wat|what] days r u [free|not busy]",
    "[wat|what] time u go 2 bed on [skool nites|weekends]",
    "[wen|when] do u get home from [skool|practice]",
    "[wat|what] bus stop u get off at",
])
g("pi_identity", "personal_info", SA, [
    "[wats|whats] ur [real|full|last] name",
    "[wat|what] does ur [dad|mom] do 4 work",
    "u got [ne|any] [brothers|sisters|siblings]",
    "[wats|whats] ur moms name",
    "u got a cell or [nah|no]",
    "how tall r u {lol}",
    "[wat|what] color [hair|eyes] u got",
    "[wat|what] [church|team] do u go 2",
])

# ======================= grooming: supervision_check ==========================================
g("sup_home_now", "supervision_check", SA, [
    "ur [mom|dad|mum] home",
    "[ne1|any1|anyone] home w u [rn|right now|?]",
    "u alone [rn|right now|2nite]",
    "who else is home {lol}",
    "r ur [parents|rents|folks] [there|home|around]",
    "is ur {par} [around|home|sleepin|asleep]",
    "u by urself [2nite|rn|?]",
])
g("sup_when_back", "supervision_check", OF, [
    "[wen|when] do ur parents get home",
    "[wat|what] time does ur {par} get off work",
    "how long til ur {par} gets back",
    "ur {par} work late [2nite|on fridays|alot]",
    "[wen|when] r they leavin",
    "so they gone all [weekend|nite|day] {lol}",
    "[wen|when] does ur {par} go 2 bed",
])
g("sup_comp_check", "supervision_check", PP, [
    "do they check ur comp",
    "does ur {par} read ur [msgs|ims|logs|chats]",
    "do ur [parents|rents] know ur [password|pw]",
    "is the comp in ur room or the [living room|den|kitchen]",
    "can ur {par} see the screen from where [they|she|he] [sit|sits]",
    "does ur {par} look at ur [myspace|history|buddy list]",
    "do they got [net nanny|parental controls|a filter] on ur comp",
])
g("sup_room", "supervision_check", SA, [
    "is ur door [shut|locked|closed]",
    "can [ne1|any1] hear u [rn|right now]",
    "where r u sittin [rn|right now]",
    "is [ne1|any1] in the room w u",
    "ur [sis|bro|little bro|lil sis] [still up|in there|around]",
    "can u talk [w out|without] [ne1|any1] [seein|noticin]",
    "can [ne1|any1] walk in on u",
])
g("sup_phone_check", "supervision_check", OF, [
    "does ur {par} go thru ur [cell|phone]",
    "do they check ur [txts|texts|msgs]",
    "does ur {par} see who u [call|txt] on the bill",
    "do ur parents [see|look at] ur call log",
    "does ur {par} take ur phone at [nite|night]",
    "do u get 2 keep ur cell in ur room at [nite|night]",
    "do they ever read ur [txts|msgs] wen ur sleepin",
])

# ======================= grooming: secrecy ====================================================
g("sec_dont_tell", "secrecy", SA, [
    "dont tell ur {par} [bout|about] me",
    "dont [mention|say nothin bout|say ne thing bout] me 2 ur {par}",
    "ur {par} [cant|can not] know we talk {lol}",
    "dont tell [ur friends|ne1|any1|nobody] [bout|about] me ok",
    "this is just [between|btwn] u n me k",
    "[plz|pls] dont tell ur [bff|sis|friends] we talk",
    "[u|ya] didnt tell [ne1|any1] [bout|about] us rite",
])
g("sec_delete", "secrecy", PP, [
    "delete ur [history|logs]",
    "clear ur [history|logs|im logs|msgs] [wen|when] we get off",
    "dont save our [convos|chats|ims]",
    "turn off [archiving|logging] on ur {msgr}",
    "erase my [#|number] from ur phone after",
    "delete my [txts|msgs] b4 ur {par} sees",
    "[make sure u|u gotta] [delete|clear] [this|our chat] [ok|k|kk]",
])
g("sec_our_secret", "secrecy", OF, [
    "its our [lil|little] secret {nick}",
    "[no1|nobody|noone] else needs 2 know [bout|about] us",
    "promise u wont tell [ne1|any1|nobody]",
    "[pinky promise|promise] this stays [just us|btwn us]",
    "keep this 2 urself [ok|k|kk]",
    "[dont|do not] [tell|show] [ne1|any1] wat i [said|sent u]",
    "[its|this is] [just|only] [4|for] us 2 know",
])
g("sec_cover_story", "secrecy", SA, [
    "if [ne1|any1] asks say im ur cousin",
    "if ur {par} asks im [just|only] a friend from skool",
    "say u met me at [church|camp|ur friends house]",
    "if they see my name say its a girl from ur [class|team]",
    "change my name in ur buddy list 2 [somethin|something] else",
    "put me [under|as] a [girls|girl] name in ur phone",
    "if they ask who u r talkin 2 just say {fname}",
])
g("sec_hide_msgr", "secrecy", PP, [
    "use a [diff|different] {sn} so they dont see",
    "make a new [sn|email|account] [just|only] 4 me",
    "sign on invisible so ur {par} dont see",
    "go [invisible|offline] [ok|k] {lol}",
    "[block|hide] ur {par} from [seein|seeing] ur [buddy list|friends]",
    "make ur [page|profile|myspace] private so they cant see me on it",
    "dont add me w ur [real|main] {sn} {lol}",
])

# ======================= grooming: isolation ==================================================
g("iso_friends", "isolation", OF, [
    "ur friends r [so|soo] immature",
    "those kids at ur skool dont [get|understand] u",
    "ur friends r [just|prob] [jealous|fake] of u",
    "u dont need them u got me",
    "y do u even [hang|chill] w them they treat u like [crap|dirt]",
    "{fname} sounds like a [fake friend|user|back stabber] [tbh|4 real] stop talkin 2 her",
    "ur friends only [call|talk 2] u wen they want [somethin|something]",
])
g("iso_parents", "isolation", OF, [
    "ur parents dont understand u like i do",
    "ur {par} is [so|soo] [strict|controlling|unfair] i would never treat u like that",
    "they just dont [get|understand] u {nick}",
    "ur {par} just wants 2 control u",
    "ur parents r always yellin at u u deserve [better|way better]",
    "i understand u [way|so much] better then ur family [does|ever will]",
    "ur {par} dont care [bout|about] u like i do",
])
g("iso_only_me", "isolation", PP, [
    "im the only [1|one] who really [gets|knows] u",
    "u can tell me [ne thing|anything] u cant tell them",
    "[no1|nobody] cares [bout|about] u like i do",
    "u only need me {nick}",
    "i can be the [1|one] u talk 2 [bout|about] everything",
    "who needs them u got me now",
    "[dont|u dont] need [ne1|any1] else [just|only] me",
])
g("iso_attention", "isolation", SA, [
    "y were u [out|w ur friends] so long i was [waitin|waiting]",
    "stop hangin w them n talk 2 me",
    "u spend [2|too] much time w ur friends",
    "dont go 2 the [sleepover|party|game] stay on w me",
    "u always sign off [4|for] ur friends [wat bout me|i thought i mattered]",
    "i thought i was more important then them",
    "[y|why] r u talkin 2 [ne1|any1] else on here",
])
g("iso_boys", "isolation", OF, [
    "that boy at ur skool is a loser",
    "u dont need a bf ur age they dont know how 2 treat u",
    "dump him u got me {lol}",
    "guys ur age r [so|soo] [dumb|immature] dont waste ur time",
    "[y|why] do u even talk 2 {fname} hes [nothin|nothing] compared 2 me",
    "stop textin that boy he dont care [bout|about] u",
    "[i|ill] b there 4 u way more then [ne|any] boy at ur skool",
])

# ======================= grooming: platform_move ==============================================
g("pm_add_msgr", "platform_move", PP, [
    "add me on {msgr}",
    "u got {msgr} [?|]",
    "[wats|whats] ur {msgr} {sn}",
    "lets talk on {msgr} this [room|site] [sucks|is lame|is dead]",
    "im on {msgr} [more then|way more then] here",
    "[pm|send] me ur {msgr} {sn}",
    "[get|download] {msgr} so we can talk [more|better]",
])
g("pm_private_room", "platform_move", SA, [
    "lets go private",
    "pm me [plz|pls|k|]",
    "come 2 a private room [w me|]",
    "im me [plz|pls|k|]",
    "this room is [2|too] [busy|crowded] lets go [pvt|private]",
    "[whisper|pvt|priv] me {lol}",
    "[cant|cnt] talk in here [2|too] many ppl [pm|im] me",
])
g("pm_call", "platform_move", OF, [
    "call me",
    "can i call u [2nite|l8r|sometime]",
    "call me [2nite|later|l8r] {lol}",
    "i wanna hear ur voice [call me|can i call]",
    "call me from ur cell [wen|when] u get a chance",
    "[gimme|give me] a call [after skool|2nite]",
    "lets talk on the phone [insted|instead]",
])
g("pm_txt", "platform_move", OF, [
    "txt me",
    "txt me [wen|when] u get this",
    "ill txt u [2nite|l8r|tmrw]",
    "lets txt [insted|instead] its [easier|faster]",
    "txt me [so|n] we can talk [all day|at skool|wen ur not on here]",
    "just txt me [from now on|insted of im]",
    "[hit me up|holla] on my cell [l8r|2nite]",
])
g("pm_voice", "platform_move", PP, [
    "lets voice chat",
    "u got a mic",
    "u got skype lets [voice|video] chat",
    "get on skype [2nite|l8r]",
    "[download|get] {msgr} so we can [voice|video] chat",
    "lets do a [voice|video] call its better then typin",
    "[switch|go] 2 {msgr} i can [talk|hear u] there",
])

# ======================= grooming: gifts ======================================================
g("gi_phone", "gifts", SA, [
    "ill buy u a new {phone}",
    "ill get u a {phone} [so we can talk|4 free|no big deal]",
    "want a new phone ill [pay 4|pay for|get] it",
    "ill put [minutes|$|money] on ur phone",
    "ill pay ur phone bill [4 u|if u want]",
    "ur phone sounds [crappy|old] ill [get|buy] u a {phone}",
    "[wat|what] kind of phone u want ill [get|buy] it",
])
g("gi_clothes", "gifts", OF, [
    "ill take u shoppin 4 new clothes",
    "[wat|what] size r u ill [get|send] u [somethin|something] from {store}",
    "ill buy u that {store} [hoodie|jacket|top]",
    "want some new [shoes|jeans|clothes] [my treat|on me]",
    "ill get u some [makeup|perfume|jewelry] {lol}",
    "ill buy u [nething|anything] u want at {store}",
])
g("gi_cards", "gifts", SA, [
    "ill send u a {card} card",
    "ill send u {money} [no big deal|dont worry bout it]",
    "want some $ [4 the weekend|4 the mall] {lol}",
    "i can paypal u {money}",
    "ill mail u a {card} [card|gift card] [2morrow|this week]",
    "[need|want] {money} ill [send|give] it 2 u",
])
g("gi_games", "gifts", OF, [
    "ill get u [xbox live|wow time|a game card|a new game]",
    "ill buy u [membership on runescape|habbo credits|club penguin membership]",
    "want {game} ill [buy|get] it 4 u",
    "ill [get|buy] u a [ds|psp|wii|ipod] {lol}",
    "ill pay [4|for] ur [membership|account] on {game}",
    "ill send u [the|a] [game|card] [4|for] {game} [free|no strings]",
])
g("gi_spoil", "gifts", PP, [
    "[wat|what] do u want 4 ur bday",
    "i got a surprise 4 u {nick}",
    "u deserve nice things let me spoil u",
    "name [ne thing|anything] u want ill get it",
    "ill send u a [package|present|surprise] in the mail",
    "i [bought|got] u [somethin|something] [today|2day] {lol}",
    "[wat|what] [r u|ur] [savin|saving] up 4 ill just get it 4 u",
])

# ======================= grooming: sexual_content (non-graphic) ===============================
g("sx_kissed", "sexual_content", PP, [
    "u ever kissed [ne1|any1] {lol}",
    "u ever been kissed",
    "u know how 2 french kiss",
    "how far have u gone w a [guy|boy]",
    "u [ever|eva] [made out|hooked up] w [ne1|any1]",
    "[wat|what] base have u been 2 {lol}",
    "u a good kisser {lol}",
])
g("sx_wearing", "sexual_content", SA, [
    "[wat|what] u wearin",
    "[wat|what] r u wearin [rn|right now|2nite] {lol}",
    "u in ur [pjs|pajamas] [yet|rn]",
    "[wat|what] do u [sleep|wear 2 bed] in",
    "[tell|describe] me wat ur wearin",
    "u wearin [ne|any] [shorts|a skirt] [rn|2day]",
])
g("sx_virgin", "sexual_content", SA, [
    "u a virgin",
    "u ever done it",
    "u ever think [bout|about] [it|doin it]",
    "u [ready|curious] 4 ur first time",
    "ur first time should be w some1 [experienced|who knows wat their doin]",
    "have u ever [touched|been touched by] a [guy|boy]",
])
g("sx_older", "sexual_content", OF, [
    "u ever been w an older guy",
    "u ever been w some1 older",
    "would u ever [date|be w] an older guy",
    "do u like older guys {lol}",
    "older guys know how 2 [treat|please] a girl",
    "u ever [thought|think] [bout|about] [bein|bein w] an older guy",
])
g("sx_innuendo", "sexual_content", PP, [
    "mmm [i wish|wish] i was there w u ;)",
    "u make me feel [things|funny|some type of way] {lol}",
    "[wat|what] would u do if i was there [rite now|2nite] ;)",
    "i [cant|cnt] stop thinkin [bout|about] u like that",
    "u ever [thought|think] [bout|about] me [like that|that way]",
    "[i|id] [wanna|want 2] cuddle w u in bed [so bad|2nite]",
    "u get [lonely|bored] in bed at nite ;)",
])

# ======================= grooming: image_request ==============================================
g("img_send", "image_request", SA, [
    "send a {pic}",
    "send me a {pic} [of u|of urself|]",
    "got [ne|any] {pic}s",
    "can i see a {pic} [of u|]",
    "email me a {pic} [plz|pls|]",
    "[wanna|want 2] see [wat u look like|ur face] send a {pic}",
    "[u|ya] got a {pic} [u can send|i can see]",
])
g("img_cam", "image_request", PP, [
    "put ur cam on",
    "turn on ur {cam} [plz|pls|]",
    "can i see u on {cam}",
    "put ur {cam} on 4 me",
    "let me [see|watch] u on {cam} {lol}",
    "ur {cam} is off turn it on",
    "[i|im] [cant|cnt] see u [fix|turn on] ur {cam}",
])
g("img_now", "image_request", SA, [
    "send a {pic} of u [rite|right] now",
    "take a {pic} w ur phone n send it",
    "send [1|one] from ur cell [plz|now]",
    "send a [full body|face|mirror] {pic}",
    "[snap|take] a {pic} [rite now|rn] so i know ur real",
    "i wanna see wat u look like [2nite|rn] send [1|a {pic}]",
])
g("img_more", "image_request", OF, [
    "send [another|anotha] [1|one]",
    "u got more {pic}s",
    "post more {pic}s on ur [page|myspace] 4 me",
    "i wanna see more of u {lol}",
    "[that|ur] {pic} was [cute|nice] send [more|another]",
    "u got [ne|any] new {pic}s [4 me|i havent seen]",
])
g("img_just_me", "image_request", PP, [
    "send me a {pic} just 4 me",
    "send a {pic} that u dont [put|post] on ur [page|myspace]",
    "i want a special {pic} [from u|of u] {nick}",
    "[make|take] a [vid|video] 4 me [on ur cam|w ur phone]",
    "send me a [vid|video] of u [sayin hi|singin]",
    "[wanna|want 2] [trade|swap] {pic}s u go first",
])

# ======================= grooming: meetup =====================================================
g("mt_mall", "meetup", PP, [
    "[wanna|want 2] meet at {place}",
    "lets meet at {place} {time}",
    "we could meet at the food court [n get food|n hang]",
    "u could come 2 the movies w me {time}",
    "[wanna|want 2] see a movie w me [4 real|irl] {time}",
    "meet me by the [fountain|entrance|arcade] at {place}",
])
g("mt_pickup", "meetup", SA, [
    "i can pick u up",
    "ill come get u {time}",
    "i could pick u up after skool",
    "[wat|what] corner should i pick u up at",
    "ill [drive by|be outside] ur [skool|house] at {hour}",
    "walk 2 the end of ur street n ill get u",
    "ill be in a [black|blue|silver|red] [truck|car] just get in",
])
g("mt_4real", "meetup", OF, [
    "[wanna|want 2] hang out 4 real",
    "we should meet [irl|in person|4 real]",
    "i wanna meet u [so bad|4 real]",
    "we gotta meet [sometime|soon] {lol}",
    "[wen|when] can i [finally|] see u in person",
    "i [cant|cnt] wait 2 meet u [irl|4 real] {nick}",
])
g("mt_visit", "meetup", SA, [
    "i could drive 2 {city} {time}",
    "im gonna be in {state} next week [lets meet|we should meet]",
    "i could get a [hotel|room] near u {time}",
    "its only [2|3|4] hrs ill drive [down|up] {time}",
    "ill take the bus 2 ur town [2 see u|n we can hang]",
    "ill come visit u [this summer|{time}] [ok|k]",
])
g("mt_alone", "meetup", PP, [
    "come by urself [ok|k]",
    "dont bring ur friends [wen|when] we meet",
    "[just|only] u n me [wen|when] we meet [ok|k]",
    "meet me alone at {place}",
    "[come|u come] alone [n|and] ill [buy u food|take u somewhere]",
    "[ditch|leave] ur friends n meet me at {place}",
])

# ======================= grooming: coercion ===================================================
g("co_guilt", "coercion", OF, [
    "i thought u cared [bout|about] me",
    "after [everythin|everything] i did 4 u",
    "u made me so [sad|upset] [2day|2nite]",
    "if u really [liked|cared bout] me u would",
    "i guess i [mean|meant] nothin 2 u [then|huh]",
    "[wow|k] i [cant|cnt] believe u would do this 2 me",
])
g("co_pressure", "coercion", PP, [
    "cmon just do it",
    "dont be a baby {lol}",
    "stop bein [scared|such a baby|a chicken]",
    "[every1|everyone] else [does|would do] it",
    "u said u would [so do it|now do it]",
    "[hurry up|just do it] [already|i dont got all day]",
])
g("co_threat", "coercion", SA, [
    "if u dont ill tell ur {par} wat u said",
    "ill tell ur skool [bout|about] u",
    "ill [post|show] [ur pics|our chats] [on myspace|2 every1]",
    "[do it|u better] or ill [show|send] [ur friends|every1] [wat u said|our logs]",
    "i know where u live [remember|dont 4get] that",
    "[dont|u dont] want ur {par} 2 find out do u",
])
g("co_ultimatum", "coercion", PP, [
    "do it or im gone",
    "if u dont im not talkin 2 u [ever again|ne more]",
    "[last chance|this is ur last chance] {nick}",
    "ill find [some1|someone] who will",
    "[ok|k] then [bye|im blockin u] [4ever|4 good]",
    "either u do it [now|2nite] or were done",
])
g("co_test", "coercion", SA, [
    "prove u trust me",
    "prove ur [not a cop|real|not 1 of those fakes]",
    "if u [love|care bout] me u will",
    "[just|u gotta] do wat i say",
    "show me u [mean it|r serious]",
    "[do|show] me [1|one] thing 2 prove it",
])

# ======================= grooming: multi-label ================================================
g("mx_pi_sup", "personal_info supervision_check", SA, [
    "[wat|what] time u get home [n|and] is [ne1|any1] there",
    "u get home b4 ur {par} [rite|right]",
    "so [wat|what] time do u get outta skool n [wen|when] does ur {par} get home",
    "[wen|when] ur home [from skool|after skool] r u [alone|by urself]",
    "[where|wat part of town] do u live n [r|are] ur parents home alot",
    "how old r u n do ur {par} check ur comp",
])
g("mx_meet_secret", "meetup secrecy", OF, [
    "lets meet at {place} {time} but dont tell ur {par}",
    "[come|meet me] at {place} n dont tell [ne1|any1|nobody]",
    "tell ur {par} ur at {fname}s house n meet me at {place}",
    "ill pick u up {time} just dont tell [ne1|ur friends]",
    "[wen|when] we meet its our secret [ok|k]",
    "[sneak|come] out {time} n meet me [no1|nobody] has 2 know",
])
g("mx_img_plat", "image_request platform_move", PP, [
    "u got a {cam} add me on {msgr} so i can see u",
    "[get|go] on {msgr} n put ur {cam} on",
    "add me on {msgr} n send me a {pic}",
    "lets [video chat|cam] on {msgr} i wanna see u",
    "[txt|send] me a {pic} from ur cell [2 my #|insted]",
    "pm me [ur {msgr}|on {msgr}] n [show|send] me [a {pic}|ur {cam}]",
])
g("mx_flat_img", "flattery image_request", SA, [
    "u sound so [cute|pretty] send a {pic}",
    "bet ur [gorgeous|beautiful|hot] [lemme|let me] see a {pic}",
    "ur [so|soo] pretty put ur {cam} on [again|4 me]",
    "[that|ur] {pic} was [gorgeous|beautiful|hot] send [another|more]",
    "a cutie like u must have [lots of|ne] {pic}s [send 1|share]",
    "ur [smile|eyes] [r|is] amazing [show|send] me [more|another {pic}]",
])
g("mx_sex_sup", "sexual_content supervision_check", SA, [
    "ur {par} home [wat|what] u wearin",
    "is ur door locked [wat|what] r u wearin {lol}",
    "[r|are] u alone [rn|2nite] [wanna|want 2] talk [bout|about] [grown up stuff|sumthin naughty]",
    "[wen|when] ur {par} [sleeps|is gone] [we can|lets] talk [dirty|bout kissin] ;)",
    "u in bed [yet|rn] is [ne1|any1] [around|up] ;)",
    "is [ne1|any1] home [cuz|cause] i wanna ask u [sumthin|something] [dirty|naughty]",
])
g("mx_gift_secret", "gifts secrecy", OF, [
    "ill get u a {phone} [just|but] dont tell ur {par} [where u got it|its from me]",
    "ill send u {money} but keep it [quiet|btwn us]",
    "ill buy u [that|a] {store} [hoodie|top] [just|only] say u [bought|got] it urself",
    "[ill mail u|im sendin u] a {card} card dont tell [ne1|any1|nobody] [ok|k]",
    "hide the [phone|present] i [got|give] u from ur {par}",
    "if ur {par} asks where u got the [$|money|phone] say [ur friend|{fname}] gave it 2 u",
])
g("mx_iso_secret", "isolation secrecy", OF, [
    "ur friends wouldnt understand [us|this] so dont tell them",
    "ur {par} [doesnt|dont] get u like i do so [keep|leave] me out of it w them",
    "[no1|nobody] cares bout u like me so this stays btwn us [ok|k]",
    "ur friends r [jealous|fake] dont tell them [nothin|anything] bout me",
    "[only|just] talk 2 me [bout|about] stuff not them n dont mention me",
    "[u dont|dont] need ur friends n they dont need 2 know [bout|about] us",
])
g("mx_coerce_img", "coercion image_request", SA, [
    "if u dont send a {pic} im not talkin 2 u [ne more|anymore]",
    "send [1|a {pic}] or im [blockin|deletin] u",
    "u better put ur {cam} on [rite now|now] or [else|were done]",
    "[send|show] me [another|more] or ill [post|show] the [1st|first] [1|one]",
    "[stop bein|dont be] a baby n send the {pic} [already|now]",
    "u [promised|owe me] a {pic} so [send|do] it [now|2nite]",
])
g("mx_pi_plat", "personal_info platform_move", PP, [
    "[wats|whats] ur [#|number|cell #] ill txt u",
    "[gimme|give me] ur [#|number] so i can call u",
    "[wats|whats] ur [home|cell] [#|number] [lets|we can] talk on the phone",
    "[send|pm] me ur [#|digits] [n|and] ill txt u [2nite|l8r]",
    "[wats|whats] ur [email|addy] ill add u on {msgr}",
    "u got a cell [wats|whats] the [#|number] {lol}",
])
g("mx_gift_meet", "gifts meetup", SA, [
    "ill take u 2 {place} n buy u [wateva|whatever] u want",
    "meet me at {place} {time} i got a [present|surprise] 4 u",
    "ill pick u up n we can go shoppin at {store} [my treat|on me]",
    "[wen|when] we meet ill bring u [a {phone}|the {card} card|{money}]",
    "come [hang|meet me] {time} n ill [buy|get] u [dinner|food|a movie]",
    "meet me at {place} n ill give u the {phone}",
])
g("mx_flat_sex", "flattery sexual_content", PP, [
    "ur so [hot|sexy] i bet [all the|the] guys wanna kiss u",
    "u sound [so|soo] [mature|grown] i bet ur a [good|great] kisser ;)",
    "ur [so|soo] pretty [wat|what] r u wearin {lol}",
    "a [hottie|cutie] like u [cant|must not] still be a virgin",
    "ur body [must be|is prob] [amazing|perfect] ;)",
    "ur [way|so] [mature|sexy] 4 ur age mmm",
])
g("mx_coerce_secret", "coercion secrecy", SA, [
    "if u tell [ne1|any1|ur {par}] [bout|about] me ill [tell every1|post ur pics]",
    "[u|ya] better not tell [ne1|any1] or [else|ur gonna regret it]",
    "tell [ne1|ur {par}] n [ur|u r] gonna be in [big|so much] trouble",
    "keep ur mouth shut [bout|about] us or [ill|i will] [show|send] [ur friends|ur {par}] [our logs|everything]",
    "[delete|clear] [this|our chat] [rite now|now] or [else|were done]",
    "if ur {par} finds out [its|it will be] ur fault n ill [tell every1|make u pay]",
])
g("mx_iso_flat", "isolation flattery", OF, [
    "ur [way|so much] [smarter|prettier|more mature] then ur friends they [cant|dont] keep up w u",
    "ur [too|2] [mature|pretty|good] 4 those [fake|immature] kids at ur skool",
    "ur [so|soo] [special|amazing] ur {par} [just dont|dont] see it like i do",
    "ur friends r [just|prob] jealous cuz ur [prettier|way hotter|smarter] then them",
    "[a girl|some1] as [cute|special|mature] as u shouldnt waste time w [them|those losers]",
    "ur [my|the] [perfect|special] girl u dont need [ne1|any1] else",
])
g("mx_sup_meet", "supervision_check meetup", SA, [
    "[wen|when] ur parents r gone ill come get u",
    "is ur {par} [home|gone] {time} [cuz|cause] i could come over",
    "[wen|when] does ur {par} leave 4 work ill pick u up then",
    "if ur {par} [aint|isnt] home {time} lets meet at {place}",
    "[will|r] ur parents [b|be] [home|around] sat ill [stop by|come by]",
    "[r|are] u alone after skool [n|cause] i can [swing by|pick u up]",
])
g("mx_gift_coerce", "gifts coercion", OF, [
    "i [bought|got] u the {phone} so now u owe me",
    "after i sent u {money} the least u can do is [this|listen]",
    "i [spent|paid] so much on u n u [cant|wont] [even|] do [1|one] thing",
    "[u|ya] took the {card} card so [do wat i say|u gotta do it]",
    "i [give|gave] u [everything|all this stuff] now its ur turn [or else|or im takin it back]",
    "u [want|still want] the [ipod|phone|card] then [prove it|do it]",
])

# ======================= hard negatives: flattery look-alikes =================================
n("hn_fl_friend_pic", "school_friend", [
    "omg ur hair looks [so|soo] cute in ur [myspace|new] pic",
    "[ur|that] [outfit|shirt|dress] [2day|at skool] was [so|soo] cute where u get it",
    "girl u looked [hot|gorgeous|amazing] at the dance {lol}",
    "ur new default [pic|pict] is [adorable|so cute|gorgeous] {lol}",
    "u [r|are] [so|soo] pretty i hate u {lol} jk",
    "ur [prom|homecoming] pic is [so|soo] [pretty|cute] u n {fname} look great",
])
n("hn_fl_parent_proud", "parent", [
    "ur so grown up now hun [proud of u|im proud of u]",
    "[saw|got] ur report card ur [so|really] smart [sweetie|hun] proud of u",
    "u [looked|look] beautiful in ur [dress|recital|concert] {lol} love mom",
    "ur [so|really] mature [bout|about] this [hun|honey] thank u",
    "grandma says ur the [prettiest|smartest] girl [ever|in the family] {lol}",
    "great job on [the game|ur test|ur science project] ur amazing kiddo",
])
n("hn_fl_gamer_praise", "online_friend_peer", [
    "dude ur so good at {game} [4 real|no lie]",
    "[omg|dang] u [pwned|owned] that [level|boss|match] ur [a|such a] pro {lol}",
    "ur [avatar|char|toon] is [so|soo] cute where u get that [outfit|hair]",
    "[nice|gj|gg] [game|match] ur [way|so] better then me {lol}",
    "ur [house|room|igloo] on {game} is [sick|awesome|so cute]",
    "ur the best [healer|player|sniper] in our [guild|clan] fr",
])
n("hn_fl_chatroom_adult", "chatroom_adult", [
    "lol ur [so|too] funny [bob|jen|mike] made my day",
    "[nice|love ur] [avatar|pic|profile pic] [jim|dave|lisa] {lol}",
    "ur [so|really] sweet [hun|dear] thx 4 the [advice|help] bout my [kids|job]",
    "[wow|omg] ur [recipe|chili|pie] sounds [amazing|so good] [share|post] it {lol}",
    "u always [make|got] [the|ur] [room|chat] fun [hun|dear] wb",
    "ur [kids|grandkids] r [so|too] cute in that pic [deb|karen|tom]",
])

# ======================= hard negatives: personal_info look-alikes ============================
n("hn_pi_new_kid", "school_friend", [
    "hey ur the new girl in {sub} rite [wat|what] grade u in",
    "[wat|what] skool did u go 2 b4 {lol}",
    "u live [near|by] [the|ur] [pool|park|church] rite i think my cousin lives there 2",
    "did u get mr [smith|jones|davis] 4 {sub} [2|too|?]",
    "[wat|what] bus r u on [2day|tmrw] we could sit 2gether",
    "[wens|when is] ur bday im makin a list 4 the [class|team] {lol}",
])
n("hn_pi_chatroom", "chatroom_adult", [
    "hi all [any1|anyone] from {state} [in here|]",
    "[hey|hi] room [where|wat part] is every1 from {lol}",
    "[any1|anyone] here from {city} [area|?]",
    "wb [jim|lisa|deb] hows the weather in {state} [2day|now]",
    "lol [any1|anyone] [else|] [in|from] the [30s|40s|over 30] crowd [in here|here]",
    "[wat|what] time is it there [im|i'm] in [cali|ny] {lol}",
])
n("hn_pi_parent_where", "parent", [
    "where r u [hun|sweetie|kiddo]",
    "[wat|what] time does practice get out [2day|2nite] ill [get|pick] u",
    "r u at {fname}s [house|place] [still|?]",
    "[wat|what] time r u [home|gonna b home] [2nite|?]",
    "[whose|who's] [house|place] r u at [2nite|rn] text me the [#|address]",
    "[wat|what] time does the [movie|party|game] end",
])
n("hn_pi_friend_plans", "teen_peer", [
    "[wat|what] time u get out of [skool|practice] [2day|tmrw] my mom can get us",
    "[wats|whats] ur new [#|cell #] i lost my phone n all my contacts {lol}",
    "[wat|what] [period|lunch] u got [this|next] semester",
    "[wats|whats] ur [addy|address] again 4 the [party|invite|sleepover]",
    "where does {fname} live again i 4got",
    "[wat|what] room is {sub} in [again|?] {lol}",
])

# ======================= hard negatives: supervision_check look-alikes ========================
n("hn_sup_come_over", "school_friend", [
    "is ur mom home can i come over {lol}",
    "r ur parents gonna let u go 2 the [dance|party|concert]",
    "my mom checks my myspace [2|too] its so [annoying|lame] {lol}",
    "did ur {par} say u can sleep over [yet|?]",
    "ask ur mom if u can come 2 {place} w us {time}",
    "is ur dad [home|there] [cuz|cause] my mom wants 2 [ask him|talk 2 him] bout the carpool",
])
n("hn_sup_sibling", "older_sibling", [
    "r mom n dad back yet i need the car",
    "is mom home [yet|?] tell her i [took|got] the [car|bus]",
    "[wen|when] r mom n dad gettin home they said [6|7|8]",
    "is dad [mad|still mad] [bout|about] the [phone bill|grades|car]",
    "mom said shes [checkin|gonna check] ur [grades|homework|comp time] so get off {game}",
    "[r|is] [any1|anyone] home i forgot my key {lol}",
])
n("hn_sup_parent_check", "parent", [
    "is dad home yet [hun|sweetie]",
    "is grandma [there|still there] [w u|?]",
    "[r|are] u home alone [hun|sweetie] im [on my way|leavin work now]",
    "[is|r] [ur|the] [sitter|babysitter|aunt jen] there [yet|?]",
    "[wen|when] does {fname}s mom get home [i|] want 2 talk 2 her bout [sat|the party]",
    "lock the door [hun|sweetie] ill be home by {hour}",
])
n("hn_sup_chatroom_kids", "chatroom_adult", [
    "kids r finally asleep {lol} [hi all|wb me]",
    "my [husband|wife] is [workin|at work] late so im on here [2nite|again] {lol}",
    "[gotta|brb] check on the [kids|baby] {lol}",
    "lol my [teen|13 yr old|daughter] [watches|reads] my [screen|messages] over my shoulder",
    "[any1|anyone] else use [parental controls|net nanny] on their kids comp",
    "[we|i] keep the comp in the [kitchen|living room] so i can see wat the kids r doin",
])

# ======================= hard negatives: secrecy look-alikes ==================================
n("hn_sec_surprise", "older_sibling", [
    "dont tell mom [bout|about] the surprise party {lol}",
    "[keep it|its] a secret til [her|moms|dads] bday [ok|k]",
    "dont tell [dad|mom] we [got|bought] him [the|a] [grill|ipod|watch] [its a surprise|ok]",
    "shh dont [say nething|tell] 2 {fname} the party is [sat|a surprise]",
    "dont tell mom i [broke|cracked] the [vase|lamp|remote] {lol}",
    "dont tell [dad|mom] i [ate|had] the last [pizza|cake] {lol}",
])
n("hn_sec_crush", "school_friend", [
    "dont tell [ne1|any1|nobody] i like {fname} ok",
    "omg [pls|plz] dont tell {fname} wat i said [bout|about] her",
    "delete that pic of me its so [ugly|bad] {lol}",
    "promise u wont tell [ne1|any1] [bout|about] my crush",
    "[shh|ssh] its a secret [til|until] [monday|i tell her] {lol}",
    "[dont|do not] tell my mom i got a [c|d] on the {sub} test [pls|plz]",
])
n("hn_sec_gift_plan", "teen_peer", [
    "dont tell {fname} we r gettin her a [cake|card|present] 4 her bday",
    "[keep|its] quiet bout the sleepover [its|were] surprising {fname}",
    "[dont|do not] say nothin 2 {fname} [bout|about] the [party|present] [ok|k]",
    "lets keep [the|our] [dance|song|skit] a secret til the talent show {lol}",
    "shh dont spoil {show} 4 me i didnt watch it yet",
    "dont tell every1 the [answers|quiz] lol [just|] kidding i [dont|didnt] have them",
])
n("hn_sec_parent", "parent", [
    "dont tell ur [sister|brother] [bout|about] the [presents|trip] yet its a surprise",
    "[delete|dont forward] that [chain|email] [hun|sweetie] its [fake|a virus]",
    "clear the [history|cookies] on the [comp|laptop] its so slow {lol}",
    "dont tell [grandma|dad] [bout|about] [the|her] [party|cake] [ok|k] [hun|sweetie]",
    "[keep|its] our secret [til|until] sat [grandma|dad] is gonna be so happy",
    "dont [give|tell] [ur|ne] password [2|to] [ne1|any1] online [ok|k] [hun|sweetie]",
])

# ======================= hard negatives: isolation look-alikes ================================
n("hn_iso_vent", "school_friend", [
    "my friends r [so|soo] fake [sometimes|rn] {lol}",
    "ugh {fname} is [so|soo] annoying [2day|lately]",
    "i hate my [sis|bro|sister|brother] [she|he] took my [cd|ipod|clothes] again",
    "my parents dont get me [at all|ugh] {lol}",
    "my mom is [so|soo] strict i [cant|cnt] go [nowhere|to the mall] {lol}",
    "ugh [every1|everyone] at skool is [so|soo] [fake|dramatic] [2day|lately]",
])
n("hn_iso_bff", "teen_peer", [
    "ur my bff [4ever|forever] {lol}",
    "[omg|lol] ur the only [1|one] who [gets|laughs at] my jokes {lol}",
    "we should [hang|sit] w {fname} [n them|2] [2morrow|at lunch] shes nice",
    "dont be mad at ur mom shes just [worried|stressed] {lol}",
    "ur parents r [strict|annoying] but they [love u|mean well] {lol}",
    "[lets|we should] invite {fname} [2|to] [the|our] [movies|sleepover] [2|too]",
])
n("hn_iso_parent", "parent", [
    "u spend [2|too] much time on the comp go see ur friends",
    "[why|y] dont u call {fname} n go 2 {place} [its|2day is] nice out",
    "ur friends miss u [hun|sweetie] get off the [comp|phone] n call them",
    "[i|we] know ur [sad|upset] bout {fname} [hun|sweetie] [u wanna|wanna] talk",
    "[u|ya] cant be on [here|the comp] all [nite|day] [go|get] outside",
    "ur [grandma|aunt] wants 2 [see|talk 2] u [this weekend|sunday]",
])
n("hn_iso_chatroom", "chatroom_adult", [
    "lol my [husband|wife|ex] [never|dont] [listens|get me] {lol}",
    "ugh my [boss is|coworkers r] [so|soo] [annoying|lazy] [2day|this week]",
    "[my|our] [teen|kids] think we dont understand them {lol} classic",
    "i [only|just] come in here cuz my [friends|kids] r [busy|asleep] {lol}",
    "u guys r more fun then my [family|coworkers] {lol} jk",
    "[ok|k] [im|i'm] off 2 [hang|see] w the [girls|guys|family] [l8r|later] all",
])

# ======================= hard negatives: platform_move look-alikes ============================
n("hn_pm_friend_msn", "school_friend", [
    "add me on {msgr} [its|my] {sn} is [same as|on] my myspace",
    "[wats|whats] ur aim [sn|screen name] [again|?] i got a new comp {lol}",
    "txt me [wen|when] ur [home|done w dinner]",
    "call me after [practice|skool|dinner] {lol}",
    "[im|i'm] on {msgr} [now|rn] [come on|get on] {lol}",
    "my mom took my phone [so|] [im|] me on {msgr} [insted|instead] {lol}",
])
n("hn_pm_project", "teen_peer", [
    "lets make a [group chat|chat] on {msgr} 4 the {sub} project",
    "[add|invite] {fname} 2 the [convo|chat] on {msgr} so we can all work on it",
    "[can|could] u [email|send] me the [notes|homework|powerpoint] [2nite|l8r]",
    "[lets|we should] all get on skype n do the {sub} [hw|project] 2gether",
    "call me [2nite|l8r] so we can practice the [skit|presentation]",
    "[give|send] me ur [#|email] so i can [add|put] u on the [team|group] list",
])
n("hn_pm_chatroom_adults", "chatroom_adult", [
    "[lol|k] add me on {msgr} same name as here",
    "[im|i'm] on [yahoo|msn] [2|too] [deb|jim|mike] [add|pm] me [sometime|l8r]",
    "[this|the] room keeps [lagging|kickin me] [lets|ill] [go|be] on {msgr} [later|l8r] {lol}",
    "my [wife|husband] n i [r|are] on skype [2|too] 4 the [grandkids|family]",
    "[hey|lol] [gonna|] [call|email] u bout the [fishing trip|bbq|game] l8r",
    "[whos|anyone] [in|on] the [fantasy league|book club] group on {msgr}",
])
n("hn_pm_cousin", "online_friend_peer", [
    "[hey|hi] its {fname} ur cousin {lol} add me on {msgr} [grandma|mom] gave me ur {sn}",
    "[add|accept] me on {game} [so|n] we can [play|quest] 2gether",
    "[u|ya] got skype [grandma|my mom] wants [all of us|us] 2 [talk|call] at [xmas|thanksgiving]",
    "[send|gimme] ur {game} [name|username] so i can add u [2|to] my friends list",
    "[lets|we should] [talk|play] on {game} [2nite|l8r] my mom said ok",
    "[txt|call] me [wen|when] u [get|r] [2|to] grandmas {lol}",
])

# ======================= hard negatives: gifts look-alikes ====================================
n("hn_gi_sibling", "older_sibling", [
    "i got u {game} 4 ur bday {lol} dont tell mom yet",
    "[happy|hbd] bday [sis|bro|lil sis|kid] i put {money} on ur [card|phone] {lol}",
    "i [bought|got] u [a|the] [cd|shirt|poster] [from|at] {store} [4|for] xmas",
    "[want|u want] my old [ipod|phone|ds] [i|ive] got a new [1|one]",
    "ill buy u [lunch|pizza|ice cream] if u [do my chores|clean my room] {lol}",
    "[grandma|aunt jen] sent u {money} [4|for] ur bday its on the [table|fridge]",
])
n("hn_gi_parent", "parent", [
    "i put {money} on ur phone [hun|sweetie] dont go over",
    "[we|i] got u a [new phone|{phone}] 4 ur bday [hun|sweetie] {lol}",
    "[ur|the] [allowance|lunch money] is [on the counter|in ur bag]",
    "[wanna|want 2] go [shoppin|to the mall] [sat|this weekend] 4 skool clothes",
    "[grandma|grandpa] sent u a {card} card [4|for] [ur|the] [report card|bday|grades]",
    "if u get [a b|all bs|an a] in {sub} ill [get|buy] u the [game|ipod|phone] u wanted",
])
n("hn_gi_friend", "school_friend", [
    "i got u a [shirt|bracelet|keychain] at {store} {lol}",
    "[happy|hbd] bday [girl|bff|] i got u [sumthin|something] [cute|awesome] {lol}",
    "ill [pay|spot] u back 4 the [movie|pizza|ticket] {time}",
    "[u|ya] want my {band} [cd|tickets|poster] i got [2|extra]",
    "i owe u {money} 4 the [concert|movie] ticket rite",
    "[lets|we should] [go|all] [chip in|split it] 4 {fname}s present",
])
n("hn_gi_gamer", "online_friend_peer", [
    "ill [trade|give] u my [extra|old] [sword|pet|rare] on {game} 4 ur [hat|staff] {lol}",
    "[thx|thanks] 4 the [gold|coins|items] [lol|dude] ill [pay u back|give u some] l8r",
    "[u|ya] [need|want] [some|sum] [gold|coins|gems] [4|for] ur [quest|house] i got [extra|alot]",
    "[wanna|want 2] trade [items|stuff] [on|in] {game} [2nite|l8r] {lol}",
    "my [bro gave me his|sis gave me her] old {game} [account|stuff] {lol}",
    "[free|] [party hats|rares] [4|for] [every1|all] in [our|the] [guild|clan] [2nite|sat] lol",
], game=["runescape", "wow", "neopets", "habbo", "maple story", "gaia"])

# ======================= hard negatives: sexual_content look-alikes ===========================
n("hn_sx_gossip", "school_friend", [
    "omg did u hear {fname} kissed {fname} at the dance",
    "i think i like {fname} [so|soo] much {lol}",
    "[omg|lol] {fname} asked me 2 the [dance|movies] [wat|what] do i say",
    "[did|do] u [still|] like {fname} [or|] [nah|not] {lol}",
    "{fname} n {fname} broke up [omg|again] [lol|] drama",
    "[wat|what] r u wearin 2 the [dance|party|homecoming] {lol}",
])
n("hn_sx_health", "teen_peer", [
    "ugh we [have|got] the [puberty|sex ed|health] [video|unit] in {sub} [2morrow|next week] {lol}",
    "[that|the] health class video was [so|soo] [awkward|gross] {lol}",
    "mr [smith|jones] [turned|went] [so|soo] red [talkin|teaching] [bout|about] [puberty|the body stuff] {lol}",
    "did u [do|finish] the health [worksheet|hw] [bout|about] [puberty|growing up]",
    "[omg|ugh] my mom [tried|wants] 2 have [the talk|that talk] w me {lol} [kill me|so awkward]",
    "[we|they] split [up the|the] boys n girls 4 health [2day|class] {lol}",
])
n("hn_sx_wearing_peer", "teen_peer", [
    "[wat|what] u wearin 2 [skool|the party|the concert] [2morrow|sat]",
    "[should|do] i wear my [jeans|skirt|hoodie] or [the|my] {store} [top|dress] {lol}",
    "[r|are] u [gonna|] wear ur {band} shirt 2 the [concert|show] {lol}",
    "[wat|what] color [dress|suit|tux] r u gettin [4|for] [prom|homecoming]",
    "im [still|] in my pjs [its|at] [2pm|noon] {lol} lazy day",
    "[lets|we should] all wear [pink|black|green] [2morrow|friday] [4|for] spirit day",
])
n("hn_sx_chatroom_song", "chatroom_adult", [
    "lol that song [is|was] [so|soo] [dirty|naughty] [they|u] [cant|cnt] play it on the radio",
    "[any1|anyone] watch {show} last nite that kiss [tho|omg] {lol}",
    "[my|our] [13 yr old|teen] asked me [bout|about] [the birds n bees|dating] [help|lol]",
    "[lol|haha] my [husband|wife] [n i|n me] r [celebratin|goin out 4] our [anniversary|date nite] {lol}",
    "{show} [is|got] [way|so] [2|too] [racy|steamy] [4|for] [prime time|my kids] {lol}",
    "[ok|k] [lol|] [keep it pg|no dirty talk] in here [ppl|guys] there might be [kids|teens] [on|here]",
])

# ======================= hard negatives: image_request look-alikes ============================
n("hn_img_pets", "school_friend", [
    "send me a {pic} of ur new {pet} {lol}",
    "[post|put] the [concert|party|trip] {pic}s on ur [myspace|page] [plz|pls]",
    "[u|did u] [take|get] [ne|any] {pic}s at the {band} concert [send|post] them",
    "turn on ur {cam} n show me ur {pet} {lol}",
    "[email|send] me the {pic} of us at {place} [lol|] [i look|we look] so [dumb|funny]",
    "[send|show] me a {pic} of [ur|the] [new|] [haircut|dress|room] [2|too] {lol}",
])
n("hn_img_parent", "parent", [
    "send me a {pic} of ur report card [hun|sweetie]",
    "[take|send] a {pic} of [the|ur] [homework|science project] so i can [see|print] it",
    "[send|email] [grandma|aunt jen] the {pic}s from [ur|the] [recital|game|trip] [hun|sweetie]",
    "[take|send] a {pic} of [the|ur] [new|] [shoes|dress] [n|so] i can see if it fits",
    "[put|get] ur {cam} on [grandma|ur dad] wants 2 say hi [on skype|from work]",
    "[send|show] me a {pic} of the [bill|receipt|price tag] [plz|pls]",
])
n("hn_img_sibling", "older_sibling", [
    "[take|send] a {pic} of my [room|desk] i [think|need 2 see if] i left my [phone|keys|charger] there",
    "[send|email] me the {pic}s from [thanksgiving|xmas|the beach] [4|for] my [page|myspace]",
    "[get|turn] on ur {cam} so [i can see the dog|u can show me the dog|mom can say hi] [lol|im at college]",
    "[post|upload] the [family|vacation] {pic}s [on|2] [the comp|facebook|photobucket] {lol}",
    "[send|show] me [a|the] {pic} of ur [new|] [car|bike|guitar] [again|] {lol}",
    "[snap|take] a {pic} of the [menu|tv guide|recipe] n send it",
])
n("hn_img_chatroom", "chatroom_adult", [
    "[post|show] [ur|the] [fish|garden|grandkids] {pic}s [in here|on ur profile] {lol}",
    "[any1|anyone] got {pic}s of the [storm|snow|game] [2day|last nite]",
    "[send|email] me the {pic} of ur [truck|car|bike] [jim|mike|dave] [im|i'm] thinkin [bout|of] buyin 1",
    "[nice|cute] [dog|cat|baby] {pic} [deb|karen|lisa] [post|got] more",
    "[lol|] [send|show] [us|me] [the|a] {pic} of [that|the] [cake|quilt|deck] u made",
    "[ok|k] {pic} of my [new|] [puppy|kitten|bbq] [is|is up] on my [profile|page] {lol}",
])

# ======================= hard negatives: meetup look-alikes ===================================
n("hn_mt_friends_mall", "school_friend", [
    "meet at {place} at [2|3|noon] w {fname} n {fname}",
    "[wanna|want 2] go 2 {place} {time} my mom can drive us",
    "[lets|we should] all meet at the food court [after|b4] the movie",
    "[wanna|want 2] hang out 4 real this weekend [my|ur] mom can [drive|take] us {lol}",
    "[r|are] u [goin|going] 2 {fname}s party {time} [we can|lets] walk 2gether",
    "meet me at my locker after {sub} [n|then] we can walk 2 {place}",
])
n("hn_mt_parent_pickup", "parent", [
    "ill pick u up at {hour} from practice",
    "[wait|stay] [inside|in front] [at|by] the [gym|office|library] ill be there at {hour}",
    "[aunt jen|grandma|dad] is pickin u up 2day [hun|sweetie]",
    "[r|are] u [ready|done] [ill|i'll] [come|be there] [in 10|in 5|soon]",
    "[meet|wait for] me [by|at] the [car|front door|entrance] [after|when] the movie [ends|is over]",
    "[do|do u] u need a ride [home|2 {fname}s] [2nite|after]",
])
n("hn_mt_sibling", "older_sibling", [
    "ill get u from skool [2day|2morrow] mom said",
    "[wait|stay] at the [front|office] ill be there in [5|10] [mins|min]",
    "[wanna|want 2] come 2 {place} w me n {fname} {time} {lol}",
    "[mom|dad] said i gotta [take|drive] u 2 [practice|the mall|ur friends] {lol} ugh",
    "[meet|find] me [at|by] the [car|bus stop|entrance] [after|when] [ur|the] [game|show] is over",
    "ill [drive|take] u n {fname} 2 the [movies|mall] {time} but ur payin 4 gas {lol}",
])
n("hn_mt_chatroom", "chatroom_adult", [
    "[we|the room] should [do|have] a [meetup|get 2gether] [4|for] the {state} [ppl|folks] in here {lol}",
    "[me|my wife] n [bob|jim|the kids] r [goin|going] 2 the [lake|fair|game] {time} [any1|anyone] else [goin|going]",
    "[lol|haha] [we|i] [met|saw] [deb|mike] at the [bbq|convention|reunion] last [yr|sat] {lol}",
    "[ill|i'll] [see|meet] u guys at [the|our] [softball|bowling|bingo] nite {time}",
    "[who|any1] [wants|wanna] [carpool|car pool] [2|to] the [concert|game] {time}",
    "[lunch|coffee] w the [coworkers|girls|guys] [at noon|{time}] [then|] [back|bk] on [l8r|later]",
])

# ======================= hard negatives: coercion look-alikes =================================
n("hn_co_parent", "parent", [
    "homework first or no comp [2nite|ur choice]",
    "[if u|u] dont clean ur room [no|ur not goin 2] {place} {time}",
    "[get|u get] off {game} [now|rite now] or im takin the [comp|cable|xbox] away",
    "[last chance|im serious] [hun|kiddo] [bed|lights out] [now|in 5]",
    "[if|] ur grades dont [come|go] up [no|ur not gettin] [phone|myspace] [4|for] a [week|month]",
    "u [r|are] grounded if u [r|are] late again [i mean it|no excuses]",
])
n("hn_co_sibling", "older_sibling", [
    "give me my [cd|ipod|charger] back or [im|i'm] tellin mom",
    "[get|stay] out of my room or [else|im tellin] {lol}",
    "if u [read|touch] my [diary|stuff] again [im|ill] [tell|show] mom [wat u did|ur grades]",
    "[u|ya] better [do|finish] ur chores b4 mom gets home or were [both|all] dead {lol}",
    "[hurry|hurry up] [up|] [with|in] the [shower|bathroom|comp] or [im|ill] [leavin|leave] w out u",
    "[fine|k] [then|] [ur|u r] not [comin|coming] 2 the [movies|mall] w me {lol}",
])
n("hn_co_friend_drama", "school_friend", [
    "if u dont come 2 my party im never talkin 2 u again {lol} jk",
    "[u|ya] better [call|txt] me [2nite|after] or [ur dead|im mad] {lol}",
    "[cmon|come on] just [come|go] 2 the [dance|game] [with us|it will be fun] dont be [lame|a baby]",
    "[if u|u] [tell|told] {fname} [wat i said|my crush] [im|i'm] so [mad|gonna kill u] {lol}",
    "[u|ya] [promised|said] u would [sit w me at lunch|go 2 the movies w me] [so|now] u [have 2|gotta] {lol}",
    "[dare|i dare] u 2 [ask|talk 2] {fname} [2morrow|at lunch] {lol} [chicken|do it]",
])
n("hn_co_gamer", "online_friend_peer", [
    "get on {game} [now|rite now] or we lose the [raid|match|war] {lol}",
    "[cmon|come on] [just|] [join|play] [1|one] more [game|round] dont be [lame|a noob]",
    "[if u|u] [dont|] [show up|come on] 4 the raid [2nite|sat] ur [out of|kicked from] the guild {lol}",
    "[u|ya] [better|gotta] [heal|cover] me [this time|or im quittin] {lol}",
    "[hurry up|hurry] [n|and] [log on|join] [we|were] [waitin|waiting] [on|4] u {lol}",
    "[last|this is the last] [game|match] [then|] [im|i'm] [off|done] [i|] swear {lol}",
])

n("hn_sup_friends_mom", "parent", [
    "hi its {fname}s mom is ur mom home ill call her [bout|about] the [pickup|carpool|sleepover]",
    "[r|are] ur parents ok w u [stayin|sleepin] over [sat|friday] [hun|sweetie] have ur mom [call|txt] me",
    "[is|r] ur [mom|dad] [home|back] yet [i|] [need|want] 2 [ask|tell] [her|him] [bout|about] the [field trip|game|ride]",
    "[tell|ask] ur mom [2|to] [call|txt] me [bout|about] [wat time|when] 2 [pick u up|drop u off] {lol}",
    "[does|do] ur [mom|parents] know ur [comin|coming] [2|to] {place} w us {time}",
    "[wen|when] does ur mom get off work [so|] [i|we] can [bring|drop] u home [after|]",
])
n("hn_img_peer_cam", "online_friend_peer", [
    "[put|turn] ur {cam} on n show me ur new [room|poster|guitar] {lol}",
    "[did|have] u get ur [skool|school|yearbook] pics back [yet|] [lemme|let me] see {lol}",
    "[send|post] a {pic} of ur [char|toon|house] on {game} [its|mine is] [so|soo] cute",
    "[hold|show] the [drawing|poster|sign] up 2 the {cam} i [cant|cnt] see it {lol}",
    "[send|email] me the {pic}s from {fname}s [party|sleepover] [plz|pls] {lol}",
    "[screenshot|print screen] [ur|the] [score|level|lvl] n send it {lol} [i dont|i dont] believe u",
])
n("hn_gi_chatroom_parents", "chatroom_adult", [
    "[got|gettin] my [son|daughter|kid] a {phone} [4|for] [his|her] bday [finally|] {lol}",
    "[wat|what] should i [get|buy] my [wife|husband|mom] [4|for] [xmas|our anniversary|her bday] {lol}",
    "[my|the] [kids|grandkids] want [ipods|a wii|ds games] [4|for] xmas [every1|everyone] does {lol}",
    "[gift cards|{card} cards] r the [easiest|best] gift [4|for] [teens|nephews] [lol|imo]",
    "[we|i] [put|gave] [money|$] in [her|his] [bday|graduation] card {lol}",
    "[wat|what] [r|are] u guys [gettin|getting] ur [kids|teens] [4|for] [xmas|the holidays] {lol}",
])

# ======================= neutral ==============================================================
u("neu_room_greet", "chatroom_adult", [
    "hi all", "wb {lol}", "hiya room",
    "[hey|hi|hello] [all|every1|room|peeps] {lol}",
    "wb [jim|deb|mike|lisa|karen] {lol}",
    "[brb|bbl|afk] [phone|door|coffee|dinner] {lol}",
    "[back|bk] {lol} [wat|what] did i miss",
    "[nite|night|gnite] all [c ya|see ya] [2morrow|l8r]",
    "[lol|lmao] [that|the] [song|joke|story] {lol}",
])
u("neu_music", "teen_peer", [
    "[omg|lol] {song} is [stuck in my head|on the radio again] {lol}",
    "[did|have] u [hear|heard] the new {band} [cd|song|album] [its|it's] [sick|amazing|so good]",
    "{band} is [comin|coming] 2 {city} [omg|we have 2 go] {lol}",
    "[r|are] u [watchin|watching] trl [rn|2day] {lol}",
    "i [put|changed] {song} on my [profile|myspace|page] {lol}",
    "[burn|make] me a [cd|mix cd] w {band} [on it|plz] {lol}",
])
u("neu_tv", "school_friend", [
    "[omg|lol] did u [watch|see] {show} last nite",
    "{show} was [so|soo] [good|sad|crazy] [2nite|last nite] {lol}",
    "[dont|do not] spoil {show} i [didnt|haven't] [watch|seen] it yet",
    "[who|wat] do u think is gonna win [idol|american idol] {lol}",
    "[r|are] u [watchin|watching] {show} [rn|2nite] {lol}",
    "i [tivod|taped] {show} [cuz|cause] i had [practice|church|dinner] {lol}",
])
u("neu_gaming", "online_friend_peer", [
    "[lol|omg] i finally [beat|got past] [the|that] [boss|level] on {game}",
    "[anyone|any1] [wanna|want 2] [play|do] {game} [2nite|l8r] {lol}",
    "my [comp|xbox|connection] keeps [lagging|freezin] [ugh|lol] {lol}",
    "[gg|good game] [every1|all] {lol}",
    "[lvl|level] [20|30|40|50] [finally|omg] {lol}",
    "[brb|afk] [mom|dinner|gotta eat] {lol}",
    "[that|the] new {game} [update|patch|expansion] [is|looks] [sick|lame|awesome]",
])
u("neu_school_bored", "school_friend", [
    "{sub} [was|is] [so|soo] boring [2day|ugh] {lol}",
    "[did|have] u [do|done] the {sub} [hw|homework] [yet|?] {lol}",
    "[i|] have a {sub} test [2morrow|tmrw|friday] [ugh|kill me] {lol}",
    "[no|] skool [2morrow|monday] [cuz|cause] of [snow|teacher day] [yay|omg] {lol}",
    "[omg|lol] mr [smith|jones|davis] [was|is] [so|soo] [mad|weird|funny] in {sub} [2day|lol]",
    "[cant|cnt] wait 4 [summer|spring break|friday] {lol}",
])
u("neu_weather", "chatroom_adult", [
    "[its|it's] [snowin|raining|pouring|so hot] [here|in {state}] [2day|again] {lol}",
    "[wat|what] [is|s] the weather like [there|in {state}] {lol}",
    "[100|105|10|20] degrees [here|2day] [ugh|lol] {lol}",
    "[storm|power] [comin|went out] [so|] [might|may] [get|be] [kicked|off] {lol}",
    "[lol|] [we|i] [got|had] [6|8|12] inches of snow [last nite|2day]",
    "[nice|beautiful] day [here|2day] [finally|] {lol}",
])
u("neu_adult_work", "chatroom_adult", [
    "[long|rough] day at work {lol}",
    "[ugh|lol] [monday|meetings|overtime] [again|2day] {lol}",
    "[boss|my boss] [let us|let me] [off|out] early [2day|friday] {lol}",
    "[finally|] [home|off work] [kicked|feet] up [w a|and a] [beer|coffee|tea] {lol}",
    "[got|start] [a|the] new job [monday|next week] [wish me luck|nervous] {lol}",
    "[anyone|any1] else [workin|working] [2morrow|this weekend] {lol}",
])
u("neu_adult_kids", "chatroom_adult", [
    "[my|the] [kids|boys|girls] [r|are] [drivin me nuts|finally in bed] {lol}",
    "[soccer|baseball|dance] [practice|games] [every nite|all weekend] [this week|] {lol} mom taxi",
    "[my|our] [son|daughter] [just|finally] [got|started] [his|her] [license|braces|first job] {lol}",
    "[school|skool] [starts|is back] [2morrow|next week] [finally|yay] {lol}",
    "[my|the] [teen|13 yr old] [rolls her eyes|thinks im lame] [at|bout] everything {lol}",
    "[back 2|bk 2] [skool|school] [shoppin|shopping] [is|was] [so|soo] [expensive|crazy] {lol}",
])
u("neu_pets", "teen_peer", [
    "my {pet} [just|] [ate|chewed] my [homework|shoe|charger] {lol}",
    "[we|i] got a {pet} [2day|this weekend] [hes|shes] [so|soo] cute {lol}",
    "[wat|what] should i name my {pet} {lol}",
    "my [dog|cat] [wont|keeps] [stop barkin|sittin on the keyboard] {lol}",
    "[took|takin] my {pet} [2|to] the vet [2day|sat] [hes|shes] ok {lol}",
    "[omg|lol] my [cat|dog] [fell|jumped] off the [couch|bed] {lol}",
])
u("neu_food", "school_friend", [
    "[wat|what] [r|are] u [havin|eatin] [4|for] dinner {lol}",
    "[omg|lol] [pizza|tacos|spaghetti] [2nite|4 dinner] {lol}",
    "[brb|gtg] [eatin|dinner] {lol}",
    "[skool|school] lunch [was|is] [so|soo] gross [2day|lol]",
    "[i|] [want|need] [taco bell|mcdonalds|pizza] [so|soo] bad [rn|2nite] {lol}",
    "[my|] [mom|dad] [made|is makin] [cookies|brownies|cake] {lol}",
])
u("neu_myspace", "teen_peer", [
    "[did|have] u [see|seen] my new [layout|background] {lol}",
    "[how do u|wat code do u use 2] [change|put] [ur|the] [song|layout] on [myspace|ur page]",
    "[thx|thanks] [4|for] the [comment|pic comment|bulletin] {lol}",
    "[u|ya] [wanna|want 2] [be|put me] in [my|ur] top [8|friends] {lol}",
    "[omg|lol] [that|the] [survey|quiz] [bulletin|on myspace] was [so|soo] long {lol}",
    "[my|] [comp|laptop] [got|has] a virus [again|ugh] {lol}",
])
u("neu_sports", "online_friend_peer", [
    "[did|u] [see|watch] the [game|match] last nite {lol}",
    "[we|our team] [won|lost] [the|our] [game|match] [2day|sat] {lol}",
    "[practice|tryouts] [was|were] [so|soo] [hard|tiring] [2day|ugh] {lol}",
    "[r|are] u [goin|going] 2 the [game|pep rally] [friday|2nite] {lol}",
    "[the|my] [cowboys|steelers|yankees|lakers|sox] [r|are] [so|soo] [bad|good] this [yr|season] {lol}",
    "[got|made] [varsity|jv|the team] {lol} [omg|yay]",
])
u("neu_parent_text", "parent", [
    "[wen|when] r u home",
    "did u eat [yet|hun|sweetie]",
    "[dinner|supper] [at|is at] {hour} [dont be late|k] {lol}",
    "[did|have] u [finish|done] ur [homework|hw] [yet|?]",
    "[take|get] the [chicken|pizza] out of the [freezer|oven] [plz|pls|hun]",
    "[call|txt] me [wen|when] u get [there|2 {fname}s] [ok|k] [hun|sweetie]",
    "[love u|luv u] [hun|sweetie] see u [2nite|after work]",
])
u("neu_sibling_chat", "older_sibling", [
    "[mom|dad] says [dinners|dinner is] ready {lol}",
    "[get|stay] off the phone i need 2 [call|use the comp] {lol}",
    "[did|have] u [take|taken] my [charger|shirt|cd] [again|?] {lol}",
    "[lol|] [ur|the] [dog|cat] is [sleepin|on] my bed again",
    "[wat|what] [channel|time] is {show} on {lol}",
    "[can|] [u|ya] [record|tape] {show} 4 me im [at work|out] {lol}",
])
u("neu_holidays", "chatroom_adult", [
    "[merry xmas|happy thanksgiving|happy new yr|happy 4th] [all|every1|room] {lol}",
    "[goin|going] 2 [the in-laws|my moms|grandmas] [4|for] [thanksgiving|xmas|easter] {lol}",
    "[fireworks|turkey|presents] [were|was] [awesome|great|crazy] {lol}",
    "[any1|anyone] [doin|got] [plans|anything] [4|for] [new yrs|the 4th|halloween] {lol}",
    "[still|] [full|stuffed] from [dinner|turkey|pie] {lol}",
    "[kids|the kids] [r|are] [so|soo] [excited|hyper] [4|for] [xmas|halloween|summer] {lol}",
])
u("neu_plans_weekend", "school_friend", [
    "[wat|what] r u doin [this weekend|sat|2nite] {lol}",
    "[im|i'm] [goin|going] 2 my [dads|grandmas|cousins] [this weekend|sat] {lol}",
    "[bored|so bored] [lol|] [wat|what] [r|are] u doin",
    "[nm|nmu|not much] u {lol}",
    "[sup|wassup|hey] {lol}",
    "[gtg|g2g|ttyl] [mom|dinner|homework] {lol}",
    "[k|ok|kk] [cya|c ya|bye] [2morrow|l8r|at skool] {lol}",
])
u("neu_comp_help", "chatroom_adult", [
    "[how do|how do u] [i|] [change|fix] [the|my] [font|color|away message] on {msgr} {lol}",
    "[my|] [comp|pc] [froze|crashed] [again|twice] [2day|ugh] {lol}",
    "[dialup|dsl|the internet] [is|was] [so|soo] slow [2nite|2day] {lol}",
    "[any1|anyone] know how 2 [burn|rip] a cd {lol}",
    "[new|got a new] [laptop|comp|pc] [finally|] {lol} [vista|xp] [is|] [weird|ok]",
    "[lol|] [brb|bbl] [restartin|rebooting] {lol}",
])

u("neu_room_banter", "chatroom_adult", [
    "[lol|rofl|lmao] [every1|everyone] [is|r] [so|soo] quiet [2nite|in here] {lol}",
    "*waves* [hi|hey] [room|all|every1] {lol}",
    "[hugs|((hugs))] [all|every1] {lol}",
    "[this|the] room is [dead|so slow] [2nite|2day] {lol}",
    "[ty|thx|thanks] [hun|deb|mike|all] {lol}",
    "[np|no prob|yw] [jim|lisa|karen|bob] {lol}",
    "[who|any1] [wants|want] [coffee|pizza|cake] *passes around* {lol}",
])
u("neu_teen_room", "teen_peer", [
    "[any1|anyone] else [bored|so bored] in here {lol}",
    "[this|the] room [is|got] [so|soo] [dead|boring] [2nite|rn] {lol}",
    "[wat|what] r u guys [listenin|listening] 2 [rn|2nite] {lol}",
    "[lol|omg] {song} [is|was] [on|playin] [rn|again] {lol}",
    "[who|any1] [else|] [watched|saw] {show} [2nite|last nite] {lol}",
    "[g2g|gtg|brb] [my|] [mom|dad] [needs|wants] the [comp|phone] {lol}",
])

# ---- filling and styling ---------------------------------------------------------------------
def fill(template: str, own: dict[str, list[str]], rng: random.Random) -> str:
    text = families.fill(template, own, SLOTS, rng)
    return text.replace(" ?", "?")


def style(text: str, rng: random.Random) -> str:
    """Same netspeak styling for every kind and speaker (templates are already lowercase)."""
    if rng.random() < P_STRETCH:
        pat, rep = rng.choice(STRETCH)
        text = re.sub(pat, rep, text, count=1)
    if rng.random() < P_TAIL and not text.endswith(tuple(t.strip() for t in TAILS)):
        text += rng.choice(TAILS)
    return text


def generate(rng: random.Random) -> list[dict]:
    """Every family in a fixed order; distinct lines per family, no line repeated across families."""
    return families.generate(FAMILIES, lambda template, kind, speaker, own, r: style(fill(template, own, r), r),
                             "fifth", rng, LINES_PER_FAMILY, ATTEMPTS_PER_LINE, fold=lambda key: key)


if __name__ == "__main__":
    out = generate(random.Random(1))
    names = ("flattery", "personal_info", "supervision_check", "secrecy", "isolation", "platform_move",
             "gifts", "sexual_content", "image_request", "meetup", "coercion")
    kinds = {k: sum(r["kind"] == k for r in out) for k in ("grooming", "hard_negative", "neutral")}
    nfam = {k: sum(f[2] == k for f in FAMILIES) for k in kinds}
    print(f"{len(out)} lines in {len(FAMILIES)} families {nfam}: {kinds}")
    per_label = {name: sum(name in r["labels"] for r in out) for name in names}
    print(per_label)
    per_family = {f"fifth/{f[0]}": 0 for f in FAMILIES}
    for r in out:
        per_family[r["family"]] += 1
    short = [fam for fam, count in per_family.items() if count < LINES_PER_FAMILY[0]]
    if short:
        print("families short of", LINES_PER_FAMILY[0], "lines:", short)
    assert all(v >= 120 for v in per_label.values()), per_label
    assert len({f[0] for f in FAMILIES}) == len(FAMILIES), "duplicate family ids"
