"""More hand-written dev scenarios for scripts/make_conversations.py.

Same script line format as DEV_GROOMING / DEV_INNOCENT there (see that file's docstring).
Dev split only: these scripts use the dev filler pools and are written independently of the
test scenarios. Ids: "dm.." grooming, "dn.." innocent.
"""

MORE_GROOMING = """
@@ dm01_roblox_brookhaven_slow_weeks | slow_trust_isolation | roblox | adult_posing_as_peer | 9-12 | peer | casual
C: ur house in brookhaven is so nice
K: thanks i decorated it myself
C: can i move in lol
K: lol ok
C: wanna rp families?
K: yeah ok
~
= 2-4d
C: hiii its me again from brookhaven
K: oh hi
C: i was looking for u yesterday
K: i was at my nans
C: aww ok 🙂
C: u wanna do the obby after?
K: sure
~
= 3-5d
C[personal_info]: what school do u go to? maybe we're near each other
K: im not meant to say
C: its ok i get it
C[flattery]: ur literally the nicest person i've met on here tho
~
= 4-7d
K: {friend} and {friend2} made a server without me
C: thats so mean
C[isolation]: honestly they dont sound like real friends
C[isolation]: i'd never leave u out like that. u can just play with me instead
K: yeah maybe
C[isolation]: promise ill always be on for u. they're not
= 2-3d
C: u were offline all day 😢
K: i was at {friend}'s
C[isolation]: oh. i thought u were mad at her
C[secrecy]: dont tell her we talk about her ok? it stays between us
K: ok
C[platform_move]: do u have a tablet or phone? we could text instead of waiting for u to be on here
K: i have my {mum}s old ipad

@@ dm02_discord_fake_fifteen_reveal | age_deception_reveal | discord | adult_posing_as_peer | 12-14 | peer | any
C: yo ur the one who made the {show} fanart right
K: yeah!
C: its sick. i'm {me} btw, 15
K: im {kage}
C: nice so we're basically the same age
~
C: u watch the new episode?
K: yeah it was crazy
C: the ending 😭
~2
= 1-3d
C[flattery]: ngl ur way more fun to talk to than people my age
K: lol thanks
C[personal_info]: what u doing after school usually? u on here straight away?
K: usually after dinner
= 3-6d@20-22
C: ok i need to tell u something and u cant freak out
K: what
C: i'm not actually 15. i'm 21
K: oh
C: i just said 15 cos people judge. age is just a number right?
K: i guess
C[secrecy]: pls dont tell anyone on the server, they'd ban me for no reason
C[secrecy]: and dont tell ur parents, they wouldnt understand we're just friends
K: ok
C[platform_move]: can we talk on {app} instead? discord mods read everything
= 1-2d
C: u there?
K: yeah
C[image_request]: send me a selfie so i know ur still the same person lol
K: why do u need that
C[coercion]: after everything i told u? i trusted u with my age, u can trust me with a pic

@@ dm03_insta_model_agency | fake_modelling | instagram | adult_fake_talent_scout | 12-15 | adult | proper
C: Hello! I'm a scout for a new model agency and your profile was flagged by our team.
K: omg really?
C[flattery]: Your face has that fresh, natural look clients book again and again.
K: i've never modelled
C: That's perfect. Clients prefer new faces without bad habits.
~
C[personal_info]: Can I ask your age, height and which town you're in?
K: {kage}, about 5 foot, near {the city|town}
C: Great, we have a lot of work in that area.
= 3-8h
C: I've spoken to my director. Normally the portfolio costs {m}300.
K: i cant afford that
C[gifts]: Don't worry, we'll waive it for you. I'll cover it personally because I believe in you.
K: thank you so much
C[image_request]: I just need some test shots first: no makeup, fitted clothes, front and side.
K: do i need my {mum} to take them
C[secrecy]: Best to do them yourself. Parents often panic and ruin the natural look. Tell them once you're signed.
~
= 1-2d
C[image_request]: The ones you sent are lovely but I need a few more in a swimsuit for the summer catalogue.
K: i dont know
C[coercion]: I've already told the client about you. It would look bad for both of us if you pulled out now.
C[meetup]: We'll finish with a test shoot at our studio on {wkday}. I'll send a taxi, come on your own so you're not distracted.

@@ dm04_tiktok_brand_manager | fake_talent_manager | tiktok | adult_fake_talent_scout | 11-14 | adult | proper
C: Hi there! I manage young creators and your dance videos caught my eye.
K: hi! thank u
C: How many followers do you have now?
K: like 800
C[flattery]: With your energy you could have 100k by summer. You're a natural.
K: really??
C: I've grown lots of accounts. I'd love to help yours.
~
C: Brands pay creators your age to wear their clothes on camera.
K: thats so cool
C[personal_info]: What's your age and do you have your own phone?
K: {kage} and yes
C[platform_move]: Brilliant. Add me on WhatsApp, TikTok messages aren't good for business. Here's my number.
K: ok
= 1-2d
C: Thanks for adding me 😊
C[gifts]: I've sent you a {m}25 voucher as a signing bonus, no strings.
K: omg thanks
C[image_request]: For the first brand, film a short try-on video in your bedroom and send it to me privately first.
K: can i just post it
C[secrecy]: Not yet, brand deals are confidential. Don't mention it to anyone, even your parents, until it's announced.
~
= 2-4d
C[supervision_check]: Does anyone else use your phone or see your messages?
K: my {mum} looks sometimes
C[secrecy]: Then archive our chat after we talk. It's standard for contracts.

@@ dm05_fortnite_vbucks_debt | gifts_debt_coercion | fortnite,playstation | adult_posing_as_peer | 10-13 | peer | any
C: gg u carried that game
K: lol no u did
C: wanna squad up again tmrw?
K: sure
~
= 1d
C: yo
K: hey
C: u still got the default skin 😂
K: my {mum} wont buy vbucks
C[gifts]: i'll get u the battle pass, i got loads of vbucks
K: seriously??
C: yeah its nothing
~2
= 3-5d
C[gifts]: just sent u a gift, check ur locker
K: omg the new skin thank u!!
C[gifts]: theres more where that came from
C[secrecy]: dont tell ur {mum} tho she'll make u give it back
K: ok
= 4-7d
C[gifts]: so ive spent like {m}60 on u now
K: oh
C: just saying
C[coercion]: least u can do is hop on voice when i ask
K: ok
C[supervision_check]: is anyone in ur room when ur playing?
K: no
C[platform_move,image_request,coercion]: turn ur camera on in the party then, i wanna see the person i spend all my money on
K: i dont really want to
C[coercion]: wow. after all that. u owe me {kid}

@@ dm06_snap_fast_sextortion_boy | sextortion | snapchat | adult_posing_as_teen_girl | 14-15 | peer | casual
= 0d@21-22
$ girl = Lexi | Mia | Chloe | Tasha | Ruby
C: hey cutie, found u on quick add 🥰
K: hey who is this
C: {girl}, im 15, just moved to ur area
K: oh cool
C[flattery]: ur fit tbh, wanna chat?
K: lol sure
C[personal_info]: what school u at?
K: why
C: just tryna see if we know the same people
= 3-8m
C[supervision_check]: r u in bed? everyone asleep at urs?
K: yeah
C[sexual_content]: same 😏 im bored and kinda in the mood to be a bit naughty
K: wdym
C[image_request,sexual_content]: send me a pic, shirt off, i'll send one back
K: idk
C[image_request]: just one, it disappears anyway
= 5-12m
K: ok
C[coercion]: lol. u really fell for it
C[coercion]: i screen recorded it. i've got ur friends list and ur school
C[coercion]: {m}300 in the next hour or it goes to every single one of them
K: please delete it im begging
C[coercion]: stop begging and pay. i'll tell u how
C[secrecy,coercion]: tell ur parents and i post it instantly. i'm watching ur snap map

@@ dm07_insta_fast_sextortion_fake_boy | sextortion | instagram | adult_posing_as_teen_boy | 13-15 | peer | casual
$ boy = Jake | Ryan | Leo | Kai | Ollie
C: heyy {boy} here, we have loads of mutuals
K: oh hi
C[flattery]: ur so pretty, i always see ur posts
K: aw thank u
C[personal_info]: how old r u
K: {kage}
C: im 16, thats not weird right
K: no its fine
= 2-6m
C[sexual_content]: u ever had a boyfriend? like done anything?
K: no not really
C[image_request]: send me a cute pic, u can use the view once thing
K: ok
K: [photo]
C[image_request,sexual_content]: no i mean like a private one 😉 for me only
K: no sorry im not doing that
= 3-10m
C[coercion]: ok then. i've saved ur face pics and all ur followers
C[coercion]: i can edit them into whatever i want and send them to ur family
K: why would u do that
C[coercion]: send me a real one and i wont. u have 10 minutes
C[coercion]: or pay {m}100. up to u
K: i'm blocking u
C[coercion]: block me and it goes out straight away

@@ dm08_whatsapp_football_mentor_polite | polite_mentor_meetup | whatsapp | adult_mentor | 11-14 | adult | proper
C: Hi {kid}, it's {me}. We met at the {footy} camp on Saturday, I was helping with the drills.
K: oh hi
C: You were one of the most committed players there, well done.
K: thanks
~
C: I volunteer as a mentor for young players. Happy to give you some tips if you ever want them.
K: yes please
C: Great. Work on your weak foot, 10 minutes a day against a wall.
= 2-4d
C: How's the weak foot coming along?
K: better i think
C: Excellent. Consistency is everything.
C[personal_info]: Which days do you train on your own? I sometimes run at the rec ground.
K: {day}s after school
C[supervision_check]: Does your dad come and watch or are you on your own then?
K: usually on my own
~
= 3-6d
C[meetup]: I could come along {day} and do a proper one-to-one session with you.
K: ok cool
C[secrecy]: Probably best not to mention it to the club. They get funny about volunteers coaching outside sessions.
K: oh ok
C[meetup]: And no need to bring your dad, it's easier to focus with just the two of us.
C[platform_move]: If you've got Snapchat, message me there instead, I don't check this number much.
K: ok
C: See you {day}. Bring water.

@@ dm09_minecraft_secret_channel_meetup | secrecy_platform_meetup | minecraft,discord | adult_posing_as_peer | 11-14 | peer | any
C: ur the one who built the castle by spawn?
K: yeah
C: looks good
K: ty
~
C: i'm on most nights if u ever wanna do a build together
K: ok
~
= 1-3d
C[platform_move]: join my private discord, the server chat is too public
K: i have discord
C: sent u the invite
= 1-2d
C[secrecy]: dont mention the private server to anyone else, its invite only
K: ok
C[platform_move]: actually lets move to {app}, discord isnt that private either
K: i'll have to download it
C[secrecy]: and dont add anyone else from the server on there
~
= 3-5d
C: theres a minecraft meetup at the games shop in {town|the city} on {wkday}
K: oh thats near me
C[meetup]: u should come, i'll be there. we can meet outside first
K: i could ask my {mum} to take me
C[meetup,secrecy]: better if u just come by yourself and dont say who ur meeting
K: why
C[secrecy]: parents overthink this stuff. its just a meetup

@@ dm10_discord_nitro_attention | gifts_isolation | discord | adult_posing_as_older_teen | 12-15 | peer | any
C: hey saw u in the {game} lfg channel, want a duo?
K: sure
C[personal_info]: im 17 btw, u?
K: {kage}
C: cool cool
~
= 1-2d
C[gifts]: i gifted u nitro, now u can use all the emotes lol
K: wait thank u!!
C[flattery]: ur honestly my favourite person to play with
~2
= 3-5d
C: why didnt u reply last night
K: i was at {friend}'s
C[isolation]: u always pick them over me
K: no i dont
C[coercion]: i literally gave u nitro and u ignore me
K: sorry
= 1-3d
C[isolation]: ur school friends are fake, i can tell from what u say about them
C[isolation]: i'm the only one who actually listens to u
C[isolation]: promise u'll reply to me first from now on
K: ok i promise
C[supervision_check]: do ur parents take ur phone at night?
K: at 10
C[platform_move]: keep ur laptop then and we can talk on discord after, they dont need to know
C[secrecy]: delete the dms in the morning just in case

@@ dm11_roblox_dress_to_impress_photo | image_request_peer | roblox | adult_posing_as_peer | 9-11 | peer | casual
C: omg ur outfit won dress to impress
K: yayy
C: u always win lol
K: not always
C[flattery]: u have such good style, way better than the other girls
~
C: what do u wear in real life
K: just normal stuff
C: like what tho
K: hoodies mostly
= 1-2d
C: ur back!! 💖
K: hi
C[personal_info]: how old r u? i'm {kage} too i think
K: {kage}
C: twins lol
~
C[image_request]: show me ur real outfit today, take a pic in ur mirror
K: i cant send pics on here
C[platform_move]: do u have tiktok or snap? u can send it there
K: no my {mum} says im too young
C[supervision_check]: does she look at ur ipad?
K: sometimes
C[secrecy]: ok then just dont tell her we're besties, she might not let u play
K: ok

@@ dm12_snap_map_older_party | location_meetup | snapchat | older_teen_or_adult | 13-15 | peer | casual
C[personal_info]: u were at the leisure centre earlier right? saw u on the map
K: um yeah how do u know
C: ur on public map lol
C: im {me}, i know {friend}
K: oh ok
~
C[flattery]: u look older in ur pics btw
K: lol
C[personal_info]: u live near the park right? ur bitmoji's always there
K: kind of
= 1-2d
C[meetup]: theres a party at mine {wkday}, older lot but chill
K: how old
C: 18 19. dont worry u'd fit in
C[meetup]: i'll pick u up from the park at 8
K: my {mum} wont let me
C[supervision_check,secrecy]: tell her ur sleeping at {friend}'s. does she check where u actually are?
K: she has find my friends
C[supervision_check]: just leave ur phone at {friend}'s then
C[gifts]: i'll sort drinks and stuff for u, u dont need money
K: idk
C[coercion]: dont be a baby about it, everyone else is coming

@@ dm13_whatsapp_homework_older_friend | older_friend_slow | whatsapp | adult_stranger | 12-15 | adult | any
C: Hi, I'm {me}, a friend of {friend}'s older sister. She said you're stuck on {maths}?
K: oh yeah a bit
C: I did it at uni, happy to help. What's the topic?
K: simultaneous equations
C: Easy once you see the trick. Send me the question.
K: 2x + y = 7 and x - y = 2
C: Add them together. What do you get?
K: 3x = 9 so x = 3
C: There you go 🙂
~
= 2-4d
C[flattery]: You pick things up so fast. Smarter than you give yourself credit for.
K: thanks
C: How was school?
K: bad, got told off for talking
C[isolation]: Teachers never get you. I'm the only one who actually listens, aren't I?
K: i guess
~
= 4-8d@21-23
C: You up? Couldn't sleep either?
K: no
C[personal_info]: Do you have your own room or share?
K: my own
C[supervision_check]: Do your parents come in to check on you?
K: not really
C[sexual_content]: Got a boyfriend or girlfriend yet? Bet you've had your first kiss
K: no lol
C[sexual_content]: Nothing wrong with being curious about that stuff at your age. You can ask me anything.
C[secrecy]: Just between us though, {friend}'s sister would think it's weird we talk this late

@@ dm14_tiktok_live_coins_private | gifts_image_request | tiktok | adult_stranger | 12-15 | adult | any
C: Loved your live tonight 😊 I was the one sending roses
K: oh thank u!!
C[gifts]: Want me to send a lion next time? You'd get loads of diamonds
K: omg that would be crazy
C: Happy to, you deserve it
~
= 1-2d
C[gifts]: Sent you a galaxy on your live, did you see?
K: yes thank you so much
C[flattery]: You're so natural on camera, much better than the others your age
C[personal_info]: How old are you exactly?
K: {kage}
= 2-4d
C[image_request]: Could you do a private video call? Just for me, as a thank you for the gifts
K: idk
C[platform_move]: We can use WhatsApp so it's not on TikTok
C[supervision_check]: Is there anyone home now?
K: my brother
C[image_request]: Go to your room then and turn the camera on
K: i dont want to
C[coercion]: I've spent a lot on you. It's only fair

@@ dm15_fortnite_party_camera | platform_move_video | fortnite,xbox | adult_posing_as_peer | 11-14 | peer | any
C: yo u wanna join my party for creative
K: sure
C: ur cracked at box fights lol
K: thanks
~
= 2-5h
C: ur mic sounds quiet
K: its old
C: u on pc or console
K: console in the living room
C[supervision_check]: oh so ur family can hear u?
K: yeah sometimes
C[supervision_check]: could u move it to ur room? then u can play later
K: my {mum} wouldnt let me
~
= 2-4d
C[personal_info]: u at home on ur own after school or what
K: till 5 on {day}s
C[platform_move]: sick. we should facetime while we play then
K: why
C: its more fun, u can see each others reactions
C[image_request]: and i wanna see what u look like lol
C[secrecy]: just dont tell ur {mum} its a video call, say its discord

@@ dm16_roblox_group_admin_job | fake_job_image_request | roblox,discord | adult_group_owner | 11-14 | peer | any
C: hey i own a roblox group with 40k members, we're hiring admins
K: wait really
C[gifts]: u'd get {400|800|1000} robux a week
K: omg yes
C: u just need to pass a verification
~
C[personal_info]: how old r u and what timezone
K: {kage}, uk time
C: ok thats fine for junior admin
= 1-2h
C[image_request]: for verification send a selfie holding a paper with ur username
K: do i have to
C: every admin does it, its to stop scammers
C[secrecy]: dont tell other members about the job, its not announced yet
~
= 1-2d
C[gifts]: sent ur first payment 😊
K: got it thanks!!
C[image_request]: we need a second verification video now, camera on ur face and show ur room
C[platform_move]: send it on {app} not here, discord compresses it
K: i'll do it later
C[coercion]: if u dont verify by tonight u lose the job and the robux goes back

@@ dm17_whatsapp_group_disappearing | platform_move_image_request | whatsapp | adult_stranger | 12-15 | peer | any
C: hi, saw u in the {artist} fan group chat
K: hii
C: ur messages are always the funniest in there lol
K: haha thanks
C: whats ur fave song
K: probably the new one
~
C[personal_info]: r u in {grade}? u said u had exams
K: yeah
C: ah i remember that
= 1-3d
C: what u up to
K: nothing much
C[platform_move]: turn on disappearing messages, i dont like chats hanging around
K: why
C: just cleaner lol
C[secrecy]: and dont add me to ur contacts, keep it low key
~
= 2-4d
C[supervision_check]: does anyone go through ur phone?
K: no
C[image_request]: send a pic of u in the {artist} merch u were talking about
K: ok
C[image_request,sexual_content]: cute 😍 now one without the hoodie
K: no thats weird
C[coercion]: relax its deleting in 24 hours anyway, dont make it awkward

@@ dm18_insta_gymnastics_coach_progress | fake_coach_image | instagram | adult_fake_coach | 12-15 | adult | proper
C: Hi! I run an online gymnastics coaching programme. I saw your bridge video.
K: oh hi
C[flattery]: Your flexibility is genuinely elite for your age.
K: really?
C: Yes. I've coached county level athletes.
~
C: I'd offer you a free place on my programme.
K: what do i have to do
C[personal_info]: Tell me your age, height and weight so I can plan your sessions.
K: {kage}, i'm not sure of my weight
C: Ask your scales later 🙂
= 1-2d
C[image_request]: I need progress photos each week. Front, side and back, in a leotard.
K: ok
C[secrecy]: Keep the programme private, other coaches copy my methods.
~
= 5-8d
C[image_request,sexual_content]: These are good but I need them without the leggings to check your muscle tone.
K: i dont feel comfortable
C[coercion]: Then I'll have to give your place to someone serious. I thought you wanted to improve.
C[supervision_check]: Does your mum check your messages? Is that why?
K: no
C[coercion]: Then there's no reason not to. Tonight please.

@@ dm19_minecraft_merch_address | gifts_personal_info_meetup | minecraft,xbox | adult_posing_as_peer | 10-13 | peer | any
C: ur skyblock island is insane
K: ty
C: i run a small youtube channel, can i feature it
K: yes!!
~
= 2-4d
C: the video got 2k views thanks to ur island
K: omg
C[gifts]: i'll send u {amt} {cur} as a thank u
K: thank u so much
C[gifts]: and i got merch made, i'll post u a hoodie
C[personal_info]: whats ur address and what size
K: i'm not allowed to give my address
C: its just for the post lol
~
= 1-2d
K: ok it's {12|27|4} {Oak Road|Mill Lane|Park View}
C: oh no way, im like 15 minutes from there
C[meetup]: i'll just drop it round myself. what time do u get home from school?
K: like 3:30
C[supervision_check]: is anyone else home then?
K: not till 5
C[meetup,secrecy]: perfect, i'll come then. dont tell ur parents, i wanna surprise them with the video

@@ dm20_snap_streaks_slow_pressure | slow_sexualisation | snapchat | adult_posing_as_peer | 13-15 | peer | casual
C: hey i think we met at {friend}'s party? streaks?
K: uhh maybe, yeah ok
C: lol sick
~
= 2-4d
C: hows ur week
K: long
C: same. im {cage} btw, at {the college|sixth form} near u
C[flattery]: ur honestly the prettiest person in my snap
K: no way
~
= 4-7d@21-22
C: u awake
K: ya
C[sexual_content]: what u wearing rn lol
K: pjs
C[sexual_content]: cute. u ever think about me like that?
K: like what
C[sexual_content]: like if we were alone together 😏
= 1-2d@21-23
C[image_request]: send one of u in ur pjs
K: no lol
C[coercion]: u said u liked me tho. if u actually did u would
C[coercion]: everyone else does it, dont be so uptight
C[secrecy]: and dont screenshot our chat or show {friend}
K: i wasnt going to

@@ dm21_discord_clan_loyalty | isolation_coercion | discord | adult_clan_leader | 12-15 | peer | any
C: welcome to the clan, recruit
K: thanks for accepting me
C: we take {game} seriously here. practice is every night at 8
K: ok
~
C[flattery]: ur aim in the tryout was top 3 honestly
K: 😁
= 2-4d
K: cant make practice tonight, going to {friend}'s
C[isolation]: clan comes first. ur school friends will be there tomorrow
K: its her birthday though
C[coercion]: miss it and ur on probation
= 3-6d
C: good practice tonight
C[isolation]: see, u dont need the people from school. we're ur real team
C: core members get the private role
K: how do i get it
C[platform_move,image_request]: initiation is a 1 on 1 video call with me, camera on
K: what for
C: to prove ur not a bot or a kid lying about their age
C[supervision_check]: make sure ur parents arent around, its private clan stuff
C[secrecy]: and what happens in the initiation stays in the clan
K: ok

@@ dm22_roblox_route_home | personal_info_meetup | roblox | adult_posing_as_peer | 9-12 | peer | casual
C: hi wanna be friends
K: ok
C: lets play {game}
K: ok
~
C[personal_info]: what's ur real name
K: {kid}
C[personal_info]: which school do u go to
K: {St Mary's|Hillside|Oakwood} primary
C: no way my cousin goes there
~
C[personal_info]: do u walk home or does ur {mum} get u
K: i walk with {friend}
C[personal_info]: which way do u go
K: past the park
C[personal_info]: is there anyone at ur house when u get back
K: my {mum} gets back at 5
= 1-2d
C: hiii
K: hi
C[meetup]: i'm gonna be at the park tomorrow after school, u should stop and say hi
K: is ur cousin coming
C[meetup]: maybe. come without {friend} tho she might tell everyone
C[secrecy]: and dont tell ur {mum} u met a friend from roblox, parents hate that

@@ dm23_whatsapp_dad_work_friend_polite | polite_older_friend | whatsapp,sms | adult_acquaintance | 11-14 | adult | proper
C: Hello {kid}, it's {me}. I work with your dad, he gave me your number in case you ever need a lift.
K: oh ok hi
C: He says you're doing really well at school. He's very proud of you.
K: lol thanks
~
= 2-5d
C: Hope the week's going well. How did the {footy} match go?
K: we won 2-1
C: Brilliant!
C[personal_info]: What time does training finish on {day}? It's right by my office.
K: 6
= 1-3d
C[meetup]: I could give you a lift home on {day}, save your dad the trip.
K: ok i'll ask him
C[secrecy]: No need to bother him, he's got a lot on at work. We'll surprise him.
C[supervision_check]: Does your mum usually know who drives you home?
K: she thinks dad does it
C[gifts]: I've topped up your phone by {m}10 as well, in case you need to call anyone.
K: thank you
C[platform_move]: It's easier if you text me on {app} rather than here, I keep this phone for work.
= 2-4d
C[meetup]: I'll be in the car park at 6 on {day}. Look for the grey car.
C[secrecy]: Probably best to keep our lifts to ourselves for now.

@@ dm24_insta_photographer_free_shoot | fake_photographer_meetup | instagram | adult_fake_talent_scout | 14-15 | adult | proper
C: Hi! I'm a portrait photographer building a new portfolio. Your photos have great light.
K: oh thanks
C[flattery]: You have the kind of face that photographs beautifully. Very rare.
K: haha
C: I'm offering a few free shoots this month.
~
C[personal_info]: Are you in {the city|town}? And are you over 16?
K: i'm {kage}
C: No problem, lots of my models are younger.
= 1-3d
C[image_request]: Could you send two unedited photos so I can plan the lighting? Just you, no filters.
K: ok
K: [photo]
C[gifts]: Lovely. You'd get the edited photos and {m}50 for your time.
K: really?
C[meetup]: I have a studio flat near the station. {wkday} afternoon?
K: can my friend come
C[meetup]: Better alone, a second person makes it harder to relax in front of the camera.
C[secrecy]: And I'd keep it quiet, some parents don't understand creative work.

@@ dm25_fortnite_sponsor_contract | fake_sponsor_meetup | fortnite,discord | adult_fake_sponsor | 12-15 | peer | any
C: yo i manage an esports org, we're looking for young talent
K: fr?
C[flattery]: i watched ur clips, ur mechanics are better than half our pro roster
K: no way
C: we'd want to sign u to our academy team
~
C[personal_info]: how old r u and where abouts r u from
K: {kage}, {the north|near the city}
C: thats ok, academy starts at 12
= 1-2d
C[gifts]: we'll send u a gaming chair and a jersey with ur name on it
C[personal_info]: need ur full name and home address for that
K: ok i'll ask my {mum}
C[secrecy]: keep it quiet for now, contracts arent public till we announce
C[image_request]: also send a photo of ur face for the announcement graphic
K: ok
= 3-5d
C[meetup]: academy bootcamp is at our gaming house on {wkday}. i'll get u a train ticket
K: do my parents come
C[meetup,supervision_check]: no parents at bootcamp, its about independence. do they track ur location?
K: i dont think so
C: good, then its easy

@@ dm26_tiktok_older_admirer | flattery_sexual | tiktok,instagram | adult_stranger | 13-15 | peer | casual
C: your last video was 🔥
K: thanks haha
C[flattery]: you look way older than your bio says
K: lol people say that
C: seriously like 18
~
= 1-2d
C: post more
K: i will
C[sexual_content]: what do you wear to bed lol
K: why would u ask that
C: just curious haha
C[sexual_content]: you must get loads of attention from boys
K: not really
= 2-4d
C[image_request]: do a video in that outfit from your story, just for me
K: its not that special
C[platform_move]: send it on snap, my username's in my bio
C[secrecy]: and dont post it, keep it ours
K: idk
C[coercion]: come on, i've been your biggest fan since day one

@@ dm27_discord_fast_video_sextortion | sextortion | discord | adult_stranger_sextortion | 13-15 | peer | casual
= 0d@20-22
$ girl = Ava | Lily | Sky | Maddie | Jade
C[flattery]: heyy saw u in the {game} server, ur voice is cute lol
K: oh hi
C: im {girl}, 15
C[flattery]: ur actually really funny in vc
K: thanks
C[personal_info]: how old r u
K: {kage}
= 2-5m
C[platform_move]: wanna video call? discord calls are laggy, lets do {app}
K: ok i guess
C[supervision_check]: make sure ur door's locked lol
C[sexual_content]: wanna play truth or dare? the fun kind 😏
K: like what
C[image_request,sexual_content]: dare u to take ur top off on camera
= 5-15m
C[coercion]: ok so i recorded all of that
C[coercion]: i've got the members list from the server and ur instagram
C[coercion]: send {m}250 in gift cards now or the video goes in every channel
K: please no im {kage}
C[coercion]: then u better hurry. 15 minutes
C[secrecy,coercion]: if ur parents find out i send it anyway

@@ dm28_roblox_to_snap_hour_threat | sextortion | roblox | adult_posing_as_peer | 12-14 | peer | casual
= 0d@19-21
C: ur so good at {game} wanna team
K: ok
C: im {cage} btw
K: im {kage}
C[flattery]: omg ur so cute ur avatar suits u
~
C[platform_move]: roblox chat is so annoying, whats ur snap
K: {kid}_{kage}x
= 3-8m
C: added 😊
C[flattery]: u look even better irl
K: lol
C[supervision_check]: r ur parents home?
K: downstairs
C[image_request,sexual_content]: send a mirror pic, no top 😳 i'll send one back
K: no
C[image_request]: its fine it deletes itself
= 5-15m
K: ok fine
C[coercion]: i screenshotted it lol
C[coercion]: send me 3 more or i send this to {friend} and ur whole school
K: u said it deletes
C[coercion]: 3 more. now. or it gets posted

@@ dm29_minecraft_realm_voice_reveal | age_deception_reveal | minecraft | adult_posing_as_peer | 10-13 | peer | any
C: yo can i join ur realm
K: sure whats ur gamertag
C: {me}Builds{12|99}
C: im 12 btw
K: me too kinda
~
C: ur redstone is so good
K: thanks
~
= 2-4d
C: lets do voice this time
K: ok
K: wait ur voice is really deep
C: lol ok i'm not 12. i'm 24
K: why did u say 12
C: people are weird about adults playing minecraft
C[secrecy]: dont tell ur parents, they'll think something bad and ban u from the realm
K: ok
C[flattery]: ur more mature than most adults i play with anyway
C[isolation]: ur parents wouldnt get it anyway. i'm the one who actually gets u
= 3-5d
C[personal_info]: what time do ur parents go to bed
K: like 11
C[supervision_check]: do they ever come in when ur on voice?
K: not really
C[platform_move]: message me on {app} too, i'm not always on minecraft
C[gifts]: i'll buy u a realm sub so its yours

@@ dm30_roblox_studio_mentor | mentor_gifts | roblox,discord | adult_mentor | 11-14 | adult | any
C: Hi, I saw your post asking for help with Roblox Studio scripts.
K: yeah my door script doesnt work
C: Paste it here and I'll take a look.
K: ok its a touched event
C: You're missing an "end". Easy mistake, everyone does it.
K: omg it works thank u
~
C: I've been making games for ten years. Happy to teach you properly.
K: yes please!!
C[flattery]: Honestly you're quicker than most adults I've taught.
= 2-4d
C: Ready for lesson two?
K: yes
C: Today is tweening. Open a new place.
~
C[gifts]: I'll pay you {400|800|1000} robux to test my new game too.
K: really?
C[personal_info]: When are you usually free? Weekday evenings?
K: after 4
= 4-7d
C[platform_move]: Lessons are easier with screen share. Let's call on {app}, camera on so I can see you're following.
K: ok
C[supervision_check]: Are your parents OK with you doing calls, or do they not really check?
K: they dont really check
C[secrecy]: Keep it that way. The lessons are free, I don't want a queue of parents asking.

@@ dm31_insta_allowance_gifts | gifts_coercion | instagram | adult_stranger | 14-15 | adult | any
C: Hey, random but I like helping young people out with a bit of money. No catch.
K: what do u mean
C[gifts]: I can send you {m}50 a week to spend on whatever you want
K: why
C: I had nothing at your age. Someone helped me once.
~
C[personal_info]: How old are you? Do you have a bank card?
K: {kage}, i have a kids card
C[gifts]: Give me the details and I'll send the first one now
= 1-2d
K: got it thank you
C[secrecy]: Don't tell your parents, they'll make you give it back
~
= 5-8d
C[gifts]: I've sent you {m}200 in total now
C[image_request]: Would be nice to see who I'm helping. Send me a few pics
K: ok
C[image_request,sexual_content]: Something a bit more grown up than that 😉
K: i dont want to
C[coercion]: I've been very generous. I can easily tell your parents you've been taking money from strangers
C[coercion]: Up to you how this goes

@@ dm32_snap_train_ticket_runaway | isolation_meetup_gifts | snapchat,whatsapp | adult_posing_as_older_teen | 13-15 | peer | any
C: heyy we matched on that friend finder thing
K: oh hey
C[personal_info]: im 17, u?
K: {kage}
C: cool, what u into
K: music mostly, {artist}
~
= 2-4d
K: had the worst argument with my {mum}
C: what about
K: she took my phone for a week. i'm on my laptop
C[isolation]: she treats u like a little kid. ur not
C[isolation]: honestly u'd be happier away from her
= 3-6d@21-23
C[isolation]: im the only one who gets u, ur family just shouts
K: yeah
C[meetup]: u could come stay at mine for a weekend
C[gifts]: i'll pay the train ticket, just send ur email and i'll book it
K: my {mum} would never let me
C[secrecy]: so dont ask her. say ur at {friend}'s
C[supervision_check]: does she track ur phone?
K: sometimes
C: leave it at home then

@@ dm33_fortnite_late_night_console | supervision_late_night | fortnite,playstation | adult_posing_as_peer | 10-13 | peer | any
C: ur always on so late lol
K: i'm not meant to be
C: same 😂
C: u wanna duo
K: ok
~
C[supervision_check]: where's ur console? in ur room?
K: yeah
C[supervision_check]: do ur parents check if ur asleep?
K: my {mum} does sometimes
C[supervision_check]: turn ur light off and keep the volume down then, they'll never know
~
= 2-4d@22-23
C: u on?
K: yeah
C[personal_info]: what time do ur parents go to sleep usually
K: like 11
C[secrecy]: we can play after that then. u dont have to tell them we play this late
C[gifts]: i'll get u the crew pack if u stay on with me tonight
K: ok
C[platform_move]: add me on {app} so i can message u when they're asleep

@@ dm34_whatsapp_friends_brother | impersonation_meetup | whatsapp,snapchat | adult_stranger | 12-14 | peer | any
C: hey is this {kid}? its {friend}'s older brother
K: oh hi
C: she said u were nice lol
K: haha
C: shes always talking about u
~
C[personal_info]: r u at {Hillside|Oakwood|Riverside} with her?
K: yeah
= 1-2d
C: how come u never come round to ours
K: idk she never invites me
C[flattery]: u seem more chill than her other mates
C[secrecy]: dont tell her i messaged u btw, shed be so embarrassed
K: ok
~
= 2-4d
C[meetup]: i'm in town {wkday}, wanna get food? just us
K: i'd have to ask my {mum}
C[supervision_check]: does ur {mum} need to know every time u go into town lol
K: kind of
C[secrecy]: just say ur going with {friend}
C[platform_move]: also talk on snap, messages save on here

@@ dm35_tiktok_teen_boyfriend_lie | online_dating_isolation | tiktok,snapchat | adult_posing_as_teen_boy | 12-14 | peer | casual
$ boy = Noah | Ethan | Josh | Liam | Aiden
C: hey ur duet with {friend} was funny
K: lol thanks
C: im {boy}, 14
K: im {kage}
C: ayy
~
= 1-3d
C[flattery]: ur so pretty like actually
K: stop lol
C: wanna go out? online for now
K: ok 😊
~
= 3-6d
C[isolation]: ur my gf now so u cant talk to other boys ok
K: lol ok
C[isolation]: and {friend} is jealous of us, i wouldnt tell her stuff
K: she's my best friend though
C[isolation]: she's trying to split us up. u only need me
= 2-4d
C[image_request]: send me a pic of u just woke up, gfs do that
K: ok
C[image_request,sexual_content]: in ur bra this time 😳
K: no
C[coercion]: if u loved me u would
C[meetup]: we should meet at the shopping centre {wkday}, come on ur own

@@ dm36_whatsapp_fake_youth_worker_polite | fake_authority_meetup | whatsapp | adult_fake_youth_worker | 12-15 | adult | proper
C: Hello {kid}. I'm {me}, a youth support worker. Your name came up as someone who might like a mentor.
K: oh ok who gave u my name
C: I work with lots of schools locally. It's completely confidential.
K: ok
~
C[personal_info]: How are things at home at the moment?
K: ok mostly
C: And at school? Anything on your mind?
K: exams are stressing me out
C[flattery]: That's very normal. You're clearly a thoughtful young person.
C[isolation]: Sometimes parents are too close to things to help. I'm someone outside all that you can rely on.
= 2-4d
C[personal_info]: Which days are you home on your own after school?
K: {day}s mostly
C[supervision_check]: Do your parents know you talk to a mentor, or do they not check your phone?
K: i havent told them
C[secrecy]: That's fine. Mentoring works best when it's private, just you and me.
~
= 3-6d
C[meetup]: I'd like to meet for a one-to-one session. There's a café by the station, {day} at 4?
K: should i bring my {mum}
C[meetup,secrecy]: No, sessions are one-to-one. You don't need to tell anyone where you're going.
C[platform_move]: Save my other number for {app} too, I use it for sessions.

@@ dm37_minecraft_bedwars_camera | image_request_video | minecraft,discord | adult_posing_as_peer | 10-12 | peer | any
C: gg ur so good at bedwars
K: thx
C: we should be a team
K: ok
~
= 1-2d
C[platform_move]: join my discord vc its easier to play together
K: ok joined
C: can u hear me
K: yeah
~
= 2-3d
C[image_request]: turn ur camera on so i can see ur setup
K: i only have a laptop camera
C[image_request]: thats fine, show me ur room
C[supervision_check]: is ur door shut? dont want ur family walking in lol
K: its shut
C[sexual_content]: what do u usually wear to bed
C[image_request,sexual_content]: show me ur pjs lol
K: why
C[secrecy]: its just a joke. dont tell anyone about our calls ok

@@ dm38_snap_nearby_come_outside | fast_location_meetup | snapchat | adult_stranger | 13-15 | peer | casual
= 0d@17-19
C[personal_info]: heyy u showed up on quick add, u local?
K: maybe lol who is this
C: {me}, 18, i'm round the corner from u on the map
K: oh ok
C[flattery]: ur so pretty ngl
~
C[personal_info]: ur house is the one by the corner shop right
K: how do u know that
C: snap map lol
= 5-15m
C[supervision_check]: u in by urself?
K: my {mum}s at work
C[meetup]: i'm literally 2 minutes away. come outside and say hi
K: no i dont know u
C[gifts]: i'll get u a {food} from the shop if u come out
C[meetup,secrecy]: just 5 minutes, dont tell ur {mum}
K: no
C[coercion]: dont be rude, i came all this way
"""

MORE_INNOCENT = """
@@ dn01_tutor_times_homework_photo | tutor_logistics | whatsapp,email_chat | tutor | 10-15 | adult | proper
C: Hi {kid}, it's {me}, your English tutor. Hope half term was good!
K: hi yes it was
C: Lovely. I'm sorting next term's lesson times.
C(personal_info): Which evenings are you free? I've got {day} or Thursday at 5.
K: {day} is better
C(supervision_check): Great. Could you check with your {mum} that {day} works for her too? She books the lessons.
K: she said yes
C: Perfect, that's booked.
~
C(image_request): Before Thursday, could you send me a photo of the essay plan you did in class?
K: [photo]
C(flattery): This is excellent. Your paragraph on the storm scene is really mature writing.
K: thank you
C: Next step: add a quote to each point.
K?: how many quotes
C: One short one per paragraph is plenty.
= 2-3d
C(platform_move): We'll do this week's lesson on Zoom because I've got a cold. I've emailed the link to your {mum}.
K: ok
C: Have your book and highlighters ready.
~
= 1d
C: Well done today. Homework: finish the conclusion.
K: ok thank u
C: See you next {day}!

@@ dn02_grandad_birthday_surprise_money | relative_gift | whatsapp,sms | grandparent | 9-13 | adult | proper
C: Hello {kid}, it's Grandad. I hope I've got the right number this time!
K: yes its me grandad
C: Hooray. Your nan showed me how to do the little faces 😀
K: lol
~
C(gifts): I've put {m}20 in your birthday card, it's in the post.
K: thank you!!!
C(secrecy): And don't tell your brother, but we've got him the bike he wants. It's a surprise for his birthday.
K: i wont tell him
C(secrecy): Not a word! Your {mum} knows, she's hiding it in the shed.
K: ok 🤐
~
= 1-2d
C(image_request): Did the card arrive? Send me a picture of you opening it, your nan would love that.
K: [photo]
C(flattery): Look how tall you're getting! You're the spitting image of your {mum} at that age.
K: lol
C(meetup): We'll see you on Sunday for lunch. Tell your {mum} we'll come at 12.
K: ok love u grandad
C: Love you too. Be good!
= 2-4d
C: Your brother LOVED the bike. Thank you for keeping the secret!
K: it was so hard lol
C: You did brilliantly.

@@ dn03_friends_snaps_cinema | peer_meetup | snapchat,whatsapp | same_age_friend | 12-15 | peer | casual
C: are we still going to see {film} on {wkday}
K: YES
C: omg ok
~
C(image_request): send me a snap of the times, my phone won't load the website
K: [photo]
C: 2:30 or 5?
K: 2:30 then we can get food after
C(meetup): ok meet at the bus stop outside the cinema at 2
K: is {friend2} coming
C: ya and {friend}
~
C(platform_move): i'll make a group chat so we dont lose each other
K: ok
C: my {mum} said she'll pick us up after
= 1-2d
C(image_request): send me a pic of ur outfit i dont know what to wear lol
K: [photo]
C(flattery): cute!! i'm wearing my new jacket then
K: matching lol
= 1-2d
C: where r u
K: by the popcorn
C: coming!!
= 4-5h
C: that was so good
K: the ending tho 😭

@@ dn04_teen_couple_same_age | teen_couple | snapchat,instagram | same_age_partner | 14-15 | peer | casual
C: hiii how was ur day
K: boring except lunch with u
C(flattery): awww. u looked really nice today btw
K: stop 😳
C: its true
~
K: are u going to {friend}'s on {wkday}
C(meetup): yeah wanna walk there together? i'll meet u at the end of ur road
K: ok
C: my {mum} says i have to be home by 9 tho
~
= 1-2d
C(secrecy): dont tell my brother we're going out yet he'll never stop teasing me
K: lol ok
C(image_request): send me a pic of the new haircut!!
K: [photo]
C(flattery): it looks so good
~
= 2-3d
C: my friends keep asking if we're official
K: what did u say
C: i said ask {kid} lol
K: 😂 tell them yes
C: yay ok
C: see u in form tomorrow

@@ dn05_coach_minibus_addresses | coach_logistics | whatsapp,teamsnap | sports_coach | 9-14 | adult | proper
C: Hi all, Coach {me} here. We're taking the club minibus to the away tournament on {wkday}.
C(personal_info): I need each player's address so I can plan the pickup route. Parents can reply here or text me.
K: its {12|27|4} {Oak Road|Mill Lane|Park View}
C: Thanks {kid}, got it.
C(meetup): You'll be the third pickup, around 7:40. Be ready at the door please.
K: ok
~
C(supervision_check): Will a parent or carer be at home when I drop you back? It'll be about 6.
K: my {mum} will be
C: Great. I'll need the consent form back by {day} as well.
~
= 1-2d
C(flattery): Lovely passing in training tonight {kid}, you've really come on.
K: thank you
C: Bring a packed lunch and a spare kit on Saturday.
K?: do we need money
C: A couple of pounds for a drink if you like.
= 1-2d
C: Minibus is fuelled up, see you all at 7:40 😄
K: cant wait
= 10-12h
C: Fantastic effort from the whole team today. Everyone's home safely.

@@ dn06_club_leader_new_app | club_leader_platform | whatsapp,band,email_chat | club_leader | 10-14 | adult | proper
C: Hi everyone, it's {me} from Youth Robotics. Quick announcement!
C(platform_move): We're moving the club chat to a new app next week because this one is full. Parents will get an email invite.
K: do we need our own account
C: Under 13s join through a parent's account, everyone else can join with your parent's okay.
K: ok
~
C(personal_info): Please also tell me which days you can make for the competition build sessions.
K: {day} and saturday
C: Thanks {kid}.
~
= 1-2d
C(image_request): Can everyone post a photo of your robot design sketches before Thursday?
K: [photo]
C(flattery): Great design {kid}, the claw idea is really clever.
K: thanks!!
= 2-3d
C: Reminder: the old chat closes Sunday. Please make sure your parents have accepted the invite.
K: my {mum} did it
C: Brilliant, see you in the new group!

@@ dn07_older_cousin_robux | relative_gift | roblox | older_cousin | 9-12 | peer | casual
C: heyyy its {me} ur cousin lol
K: omg hi
C: ur {mum} said u play {game} now
K: yeah i love it
C: im gonna join u
~
C(gifts): also happy early birthday, i'm sending u {amt} robux
K: WHAT thank u!!!
C: ur welcome, dont spend it all on one pet
C(secrecy): dont tell {friend} yet, i'm getting her some for her birthday too and i want it to be a surprise
K: ok i wont
~
= 1-2d
C: what did u get with it
K: a neon unicorn
C: nice lol
C(meetup): see u at grandma's on sunday btw, ur dad's picking me up on the way
K: yay
C: bring ur ipad we can play there
K: ok
C: im gonna beat u at {game}
K: no way lol

@@ dn08_mum_where_are_you | parent_location | whatsapp,imessage,sms | parent | 11-15 | adult | any
C(personal_info): Where are you? School finished half an hour ago
K: at {friend}'s
C: You need to tell me when you go somewhere after school
K: sorry forgot
C(supervision_check): Is her {mum} there?
K: yes
~
C(meetup): OK. I'll pick you up at 6, be ready at the front door.
K: can i stay till 7
C(coercion): 6. And if you forget to text me again there's no phone this weekend.
K: ok ok
~
= 2-3h
C: Outside now
K: coming
= 1-2d
C(personal_info): What time does drama finish today?
K: 5:15
C: Dad's getting you. Text him when you're out
K: ok
C(image_request): Also can you send me a photo of the permission slip? I'll sign it tonight
K: [photo]
C: Thanks love x

@@ dn09_friends_mum_pickup | friend_parent_logistics | whatsapp,sms | friends_parent | 9-13 | adult | proper
C: Hi {kid}, it's {friend}'s mum. Your {mum} gave me your number for today.
K: hi
C(meetup): I'll pick you both up from the school gate at 3:15 and bring you to ours.
K: ok thank you
C(supervision_check): Is your {mum} home this evening? I'll drop you back around 7 if that's OK with her.
K: yes she'll be home
~
C(personal_info): Remind me of your address? I've only been once.
K: {12|27|4} {Oak Road|Mill Lane|Park View}
C: Thank you. Any foods you don't eat? I'm doing {food}.
K: i like {food}
~
= 5-6h
C: Leaving in 5 minutes, get your coat on
K: ok
= 20-30m
C: I've texted your {mum} to say you're home. Thanks for coming, {friend} had a lovely time.
K: thank you for having me

@@ dn10_babysitter_evening | babysitter_logistics | whatsapp,imessage | known_older_teen_babysitter | 9-12 | peer | any
C: hey {kid} it's {me}, i'm babysitting u and ur brother tonight!
K: yayyy
C(supervision_check): ur {mum} said they're going out at 7, is she still getting ready?
K: yeah she's doing her hair
C(meetup): ok i'll be there at quarter to
~
C: what do u want to do tonight
K: uno and a film
C: deal. which film
K: {film}
C: good choice
= 3-4h
C(secrecy): don't tell ur {mum} we had ice cream before dinner 🤫
K: lol i wont
C(coercion): bed at 8:30 though, no arguing or no uno next time
K: fine
~
= 1-2d
C: thanks for being so good last night
C(flattery): ur honestly the easiest kid i babysit
K: lol thanks
C: see u next {wkday}!

@@ dn11_teacher_praise_essay | teacher_praise | google_classroom,teams | teacher | 11-15 | adult | proper
C: Hi {kid}, I've just finished marking the persuasive essays.
C(flattery): Yours was one of the most mature pieces of writing I've read from this year group.
K: really? thank you
C: You backed up every argument. That's exactly what the top band needs.
~
C(image_request): You mentioned you did a rough draft on paper. Could you upload a photo? I'd like to use it as a class example of planning.
K: ok
K: [photo]
C: Perfect, thank you.
C(personal_info): Would you be happy for me to share it with the class, without your name?
K: yeah thats fine
~
= 1-2d
C(meetup): The debate club meets in room {12|14|21} on {day} lunchtime. You'd be a great addition.
K: i'll think about it
C: No pressure at all.
= 2-4d
K: i went to debate club
C(flattery): I heard! Mr {Patel|Hughes|Okafor} said your rebuttal was brilliant.
K: it was fun
C(flattery): Keep going, you're a natural.

@@ dn12_sister_clothes_secret | sibling_chat | whatsapp,snapchat | older_sibling | 11-15 | peer | any
C: have u seen my black hoodie
K: no
C: {kid}
K: ok maybe i borrowed it
C: 😑
~
C(image_request): send me a pic of what else u took from my wardrobe
K: [photo]
C: THE JEANS TOO??
K: they fit me now lol
C(coercion): give them back by tonight or i'm telling {mum}
K: ok fine
~
= 1-2d
C(secrecy): ok truce. dont tell {mum} i came back late on saturday
K: only if i can keep the hoodie
C: deal 🙄
C(gifts): also i got u a {food} on the way home, its in the fridge
K: omg thank u
= 2-4d
C(platform_move): add me on snap its easier than here
K: already did
C: oh lol

@@ dn13_fortnite_online_friend_same_age | peer_gaming | fortnite,playstation | same_age_online_friend | 11-14 | peer | casual
C: gg that was the best game ever
K: we got so lucky in final circle
C: fr
~
C(personal_info): how old r u btw
K: {kage}
C(personal_info): same!! what grade
K: {grade}
C: me too lol
~
= 1-2d
C(platform_move): my {mum} said i can use discord now, u got it? easier to talk
K: i'll ask my {mum}
C: ok np
= 2-4d
K: she said yes but only with people i actually know
C: fair lol my {mum} said the same
C(gifts): btw its ur birthday friday right? i'm gifting u the skin u wanted, my {mum} said its fine
K: omg no way
C: ya it's from my birthday money
~
= 1-2d
K: thank u for the skin!!!
C: np happy birthday
C: duos later?
K: yes

@@ dn14_school_counsellor_checkin | counsellor_checkin | teams,email_chat | school_counsellor | 11-15 | adult | proper
C: Hi {kid}, it's {me}, the school counsellor. Just checking in after our chat on {day}.
K: hi
C(personal_info): How have things been at home this week?
K: a bit better
C: I'm glad to hear that.
~
C(secrecy): A reminder that what we talk about stays between us, unless I'm worried about your safety. Then I'd have to tell the safeguarding lead.
K: ok
C(meetup): Would you like to come to my room again next {day} at break? Room {12|B4|6}.
K: yes please
C: Lovely, I'll put it in the diary.
~
C(flattery): You were really brave to talk about what was bothering you.
K: thanks
C: If anything gets hard before then, you can talk to your form tutor or ring Childline.
K: ok
= 5-7d
C: Just a reminder I'll see you at break today.
K: ok see u then

@@ dn15_minecraft_server_friend_same_age | peer_gaming | minecraft | same_age_online_friend | 9-12 | peer | any
C: ur the one building the treehouse?
K: yeah
C: its so cool
K: ty
~
C(personal_info): how old r u, im {kage}
K: same
C: cool
C(gifts): i have too many diamonds want some
K: yes pls
C: dropped them by ur chest
~
= 1-2d
C(platform_move): my {mum} made a realm for me and my cousin, want me to ask if u can join
K: ok i have to ask my {mum} too
C: ok
= 1-2d
K: she said yes
C: yay i'll add u
C(flattery): ur builds are way better than mine lol
K: no yours are good
C: we should build a castle together

@@ dn16_dad_weekend_present_secret | parent_logistics | whatsapp,sms | parent | 9-14 | adult | any
C: Hi kiddo, looking forward to the weekend 😊
K: me too
C(meetup): I'll pick you up from school on Friday, I'll be at the side gate at 3:20.
K: ok
C(supervision_check): Is your {mum} there? Can you ask her if Sunday at 5 is OK for drop off?
K: she says yes
~
C(secrecy): Also don't tell your {mum} but it's her birthday next week and I thought we could make her a card together.
K: aww ok
C(gifts): I'll give you some money to get her flowers too.
~
= 1-2d
C: What do you want for dinner on Friday?
K: {food}!!
C: Done.
C: Bring your homework, we'll do it Saturday morning.
K: ugh ok
= 2-3d
C(flattery): Had the best weekend with you. Proud of how you did your homework without moaning 😄
K: lol i did moan a bit

@@ dn17_piano_teacher_video | teacher_image | whatsapp,email_chat | music_teacher | 9-13 | adult | proper
C: Hi {kid}, it's {me} from piano. How's practice going this week?
K: ok but the left hand is hard
C: It always is at first.
C(image_request): Could you record a short video of you playing the first page and send it to me or your {mum}?
K: ok
K: [video]
C(flattery): That's really improving! Your timing is much steadier.
K: thank u
~
C: Try counting out loud in bar 6.
K: ok
C(meetup): The spring recital is on {wkday} at 2 in the church hall. Parents are welcome.
K: do i have to play
C: Only if you want to, but you're ready.
~
= 3-5d
C(supervision_check): Can you check with your {mum} that you can stay till 3 for the group photo?
K: she said yes
C: Wonderful. See you there!

@@ dn18_scout_leader_camp_kit | club_leader_trip | whatsapp,band,email_chat | club_leader | 10-14 | adult | proper
C: Evening Scouts! Camp is three weeks away 🏕️
K: yayyy
C(personal_info): I still need allergy info and an emergency contact for a few of you, including {kid}.
K: i'm allergic to nuts
C: Thanks, noted. Ask a parent to fill in the emergency contact on the form.
~
C(image_request): You can send a photo of the signed form here if the paper one got lost.
K: [photo]
C: Got it, thanks.
C(supervision_check): Parents, please make sure a grown-up is at the hut for collection on Sunday at 4.
K: my dad is coming
~
= 2-4d
C(meetup): Reminder: meet at the hut at 8am on Friday, with sleeping bag, torch and wellies.
K: do we need money
C: {m}5 for the tuck shop, no more!
= 1-2d
C(flattery): Well done on your cooking badge last week {kid}, the stew was excellent.
K: lol thanks
C: See you all Friday!

@@ dn19_friend_sleepover_crush | peer_secret | snapchat,imessage | same_age_friend | 10-13 | peer | casual
$ crush = Jayden | Theo | Finn | Omar | Caleb
C: ok i have to tell u something
K: what
C(secrecy): u have to promise not to tell ANYONE
K: i promise
C: i like {crush}
K: NO WAY
C: shhh 😭
~
C(meetup): come to mine for a sleepover {wkday}?? we can talk about it properly
K: yesss
C(supervision_check): my {mum} will text ur {mum}, is she home rn?
K: yeah she's cooking
C: ok she's texting
~
= 1-2d
C: bring ur switch
K: ok and snacks
C: and the face masks!!
C(image_request): send me a pic of the ones u got so we dont buy the same
K: [photo]
C: perfect
= 1d
C(secrecy): remember u promised about the {crush} thing
K: i know lol i wont say

@@ dn20_discord_study_group_classmates | peer_platform | discord | classmate | 12-15 | peer | any
C: hey {kid}, it's {me} from {maths} set 2
K: oh hi
C(platform_move): a few of us are doing a study call on here before the test, wanna join?
K: yeah what time
C: 7ish
~
C(image_request): can u send a pic of ur notes from tuesday? i was off
K: [photo]
C: ur handwriting is so neat lol
C(flattery): honestly ur notes are better than the textbook
K: lol thanks
~
= 2-4h
C: joining the call now
K: ok
= 1-2d
C: how did the test go
K: ok i think
C: same. we should do another call before the next one
K: yeah

@@ dn21_aunt_gift_card_mum_surprise | relative_gift | whatsapp,messenger_kids | aunt_uncle | 9-12 | adult | any
C: Hello my lovely! It's Auntie {me} 💐
K: hi auntie!!
C: How are you? How's school?
K: good we're doing the romans
C: Ooh I loved the Romans.
~
C(secrecy): Now, top secret mission. It's your {mum}'s birthday on {wkday}. Don't tell her I messaged!
K: ok i wont
C(gifts): I've put a {m}15 gift card in your school bag, it's for you to choose her a present.
K: omg thank u
C(image_request): Send me a photo of what you pick so I can help wrap it.
K: ok
= 1-2d
K: [photo]
C(flattery): Oh you have such good taste! She'll love it.
C(meetup): I'll pop round {wkday} morning, ask your dad if 10 is OK.
K: he said ok
C: Perfect. Mission accomplished 😎

@@ dn22_brother_xbox_credit | sibling_gift | xbox,playstation | older_sibling | 10-14 | peer | any
C: happy birthday nerd 🎉
K: thanks
C(gifts): check ur account, sent u {amt} {cur}
K: NO WAY
C: dont say i never do anything for u
~
C: what u getting with it
K: the new {game} pack
C: ok but ur not beating me at it
K: watch me
~
C(secrecy): dont tell {mum} how much it was or she'll tell me off for wasting my job money
K: lol ok
C(coercion): and if u break my controller again u're paying me back
K: that was one time
= 1-2d
C: wanna play tonight
K: after tea
C: ok loser
K: 😂

@@ dn23_gran_video_call | relative_video | whatsapp,facetime | grandparent | 9-12 | adult | any
C: Hello darling, it's Granny. Are you there?
K: hi granny
C(platform_move): Can we do a video call? I want to see your new glasses!
K: ok one minute
C(supervision_check): Is your {mum} there? I'll say hello to her too.
K: she's in the kitchen
~
= 20-40m
C(flattery): You look so clever in those glasses! Very grown up.
K: lol thank u
C: Tell your {mum} thank you for the photos of sports day too.
C(image_request): And send me one of your medal please, I want to put it on the fridge.
K: [photo]
C: Wonderful. Gold! 🥇
~
= 2-4d
C(gifts): I've knitted you a new scarf, it's in the post.
K: yay what colour
C: Your favourite. Purple!
K: thank u granny
C: Love you lots xx

@@ dn24_football_teammate_park | peer_meetup | whatsapp,snapchat | teammate | 10-14 | peer | any
C: u coming to the park after school
K: yeah
C(meetup): ok meet at the goalposts at 4
K: who else is coming
C: {friend2}'s brother and some of the team
~
C(flattery): ur free kick at training was unreal
K: lol it was lucky
C: nah u do it every time
~
C(personal_info): what time do u have to be home
K: 6
C: same
= 2-3h
C: left my ball at urs i think
K: yeah its here
C: bring it tomorrow
~
= 1-2d
C(platform_move): coach made a team group chat, ur in it now
K: ok
C: we got a match {wkday}

@@ dn25_friend_crush_advice_health_class | peer_chat | snapchat,instagram | same_age_friend | 13-15 | peer | casual
C: ok so health class today was SO awkward
K: the puberty video 😭
C(sexual_content): when they showed the diagrams i wanted to die
K: mr {Patel|Hughes|Okafor}'s face tho
C: he was redder than us
~
C: anyway did u see {friend2} and ur crush talking at lunch
K: omg dont
C: i'm just saying
C(secrecy): i wont tell anyone u like him dont worry
K: u better not
~
C: my friends are being so annoying today btw
K: what happened
C(isolation): they didnt save me a seat. i'm just sitting with u tomorrow
K: yay ok
= 1-2d
C(meetup): wanna walk to school together tmrw
K: yeah meet at the shop at 8
C: ok

@@ dn26_pe_teacher_kit_sizes | teacher_logistics | teams,email_chat | pe_teacher | 10-14 | adult | proper
C: Hi {kid}, you've been picked for the district athletics team! Congratulations.
K: omg thank you
C(flattery): Your 800m time was the best in the year group. Really impressive.
K: 😁
~
C(personal_info): I need your T-shirt size for the team kit.
K: medium i think
C: Great.
C(supervision_check): Please give the consent letter to a parent. They need to sign it by {day}.
K: ok
~
C(meetup): We meet at the school minibus at 7:30 on {wkday}. Parents collect from the track at 4.
K: what do i bring
C: Water, lunch, spikes if you have them, a warm layer.
~
= 2-3d
C: Brilliant running today, a personal best!
K: thank u sir
C: Rest up this weekend.

@@ dn27_neighbour_dog_walking | neighbour_job | whatsapp,sms | neighbour | 11-14 | adult | proper
C: Hi {kid}, it's {me} from number {8|15|22}. Your {mum} said you might like to walk Rolo while I'm recovering from my knee op?
K: yes i'd love to
C(gifts): I'll pay you {m}5 a walk, if that's OK.
K: thats so nice thank u
C(supervision_check): Could you check with your {mum} first that it's fine?
K: she said its fine
~
C(personal_info): Which days are you free after school?
K: {day} and thursday
C(meetup): Perfect. Knock at 4 and I'll have his lead ready.
K: ok
~
= 1-2d
C(image_request): Could you send me a photo when you're at the park? I worry about him, he's a softie.
K: [photo]
C: Ha, look at him! Thank you.
C(flattery): You're a star.
K: he pulled really hard
C: He does that. Hold the lead short by the road.

@@ dn28_roblox_same_age_trade_friend | peer_gaming | roblox | same_age_online_friend | 9-12 | peer | casual
C: heyyy ur the one from my class right? {kid}?
K: yeah!! hi
C: omg i didnt know u played {game}
K: every day lol
~
C(gifts): i got a spare pet u can have it
K: really? thank u
C: i have 2 of them anyway
~
C(personal_info): whats ur user so i can friend u
K: its {kid}{12|99|07}
C: added
= 1-2d
C(flattery): ur house in the game is so pretty
K: u can come visit
C(meetup): can u come to mine on {wkday} and we play on the same wifi? my {mum} said ok if ur {mum} does
K: i'll ask
= 2-3h
K: she said yes!!
C: yay
C: bring ur ipad

@@ dn29_stepmum_surprise_party | parent_secret | whatsapp,imessage | step_parent | 10-14 | adult | any
C: Hi {kid}, it's {me}. Need your help with something 🤫
K: what
C(secrecy): It's your dad's 40th next month and we're throwing him a surprise party. Not a word!
K: omg ok
C(image_request): Could you send me some photos of you two from your phone? I'm making a slideshow.
K: ok wait
K: [photo]
K: [photo]
C: These are perfect 😂 The one with the fish!
~
C(gifts): I'll give you some money to buy decorations with {friend} on Saturday.
K: ok
C(meetup): I'll drop you both at the shops at 11 and pick you up at 1.
K: can we get lunch
C: Go on then
~
= 1-2d
C(supervision_check): Is your dad home yet? If he is, don't reply to this, I'll message later.
= 2-4h
K: he's gone to the gym now
C: Phew. OK, venue's booked!
= 3-6d
C(flattery): You kept that secret so well. Best party helper ever.

@@ dn30_youth_club_new_group | youth_club | whatsapp,band | youth_worker | 12-15 | adult | proper
C: Hi {kid}, it's {me} from the youth club on {day} nights. Welcome!
K: hi
C(platform_move): We've got a group chat for club updates, I'll add you with your parent's permission. Your {mum} signed the form, so that's fine.
K: ok
C(personal_info): Any activities you'd like us to do this term? We're collecting ideas.
K: a {footy} tournament
C: Great idea, I'll add it to the list.
~
C(meetup): Don't forget the trip to the climbing wall on {wkday}. Meet at the centre at 10.
K: do we need money
C: It's free, the council's paying. Bring a packed lunch.
~
C(supervision_check): Can you remind your {mum} to pick you up from the centre at 3? We don't let anyone walk home alone after trips.
K: she knows
= 2-3d
C(flattery): Great climbing today, you got right to the top!
K: i was so scared lol
C: You'd never have known.

@@ dn31_friend_tiktok_dance_practice | peer_video | tiktok,snapchat | same_age_friend | 11-14 | peer | casual
C: did u see the new dance trend
K: the one with the spin?
C: yesss we HAVE to do it
~
C(image_request): film urself doing the first part and send it so i can learn it
K: ok
K: [video]
C(flattery): ur so good at dancing its not fair
K: lol u are too
~
C(meetup): come to mine on {wkday} and we'll film it in the garden
K: ok i'll ask my {mum}
C: my {mum} said she'll film it for us lol
~
= 1-2d
K: she said yes
C: yesss
C: wear the matching tops
= 1-2d
C: it has 200 likes already 😱
K: omg
C: we're famous

@@ dn32_uncle_football_tickets | relative_gift_meetup | whatsapp,sms | aunt_uncle | 10-14 | adult | any
C: Alright {kid}! Uncle {me} here.
K: hi
C(gifts): Got two tickets for the match on {wkday}. Fancy it?
K: YES
C(secrecy): Don't tell your dad yet, I want to surprise him with the third ticket on his birthday.
K: ok lol
~
C(supervision_check): Check with your {mum} it's alright, I'll ring her tonight too.
K: she said yes
C(meetup): I'll pick you up at 12, kick-off's at 3. We'll get chips before.
K: cant wait
~
= 2-3d
C: Wrap up warm, it's freezing in those seats
K: ok
= 6-8h
C: What a game!! Your dad is going to be gutted he missed it 😂
K: best day ever
C(flattery): Best match buddy I've had

@@ dn33_online_chess_club_same_age | peer_platform | discord | same_age_online_friend | 10-14 | peer | any
C: gg that was a good game
K: u got me with the knight fork
C: lol i learned it last week
~
C(personal_info): how old r u btw? the club is all ages, i'm {kage}
K: same!
C: nice finally someone my age lol
~
C(platform_move): wanna play on lichess instead? the club bot keeps crashing
K: ok whats ur username
C: same as on here
~
= 1-2d
C(flattery): ur endgames are really good
K: thanks i practice puzzles
C: i should do that
C: the junior tournament is on {wkday}, u doing it?
K: my {mum} said i can enter
C: me too!! good luck

@@ dn34_teen_couple_anniversary_gift | teen_couple | snapchat,imessage | same_age_partner | 14-15 | peer | casual
C: happy 3 months 🥹
K: happy 3 months!!
C(gifts): i got u something, dont laugh
K: what is it
C: u have to wait till tomorrow
~
C(secrecy): dont tell {friend} what it is, she'll tell everyone lol
K: i dont even know what it is 😂
C: good
~
C(meetup): meet at the library after school? {friend} and her bf are coming too
K: ok
C: my {mum} says i have to be back by 6 tho
= 1d
C(image_request): send me a pic of u wearing it!!
K: [photo]
C(flattery): it looks sooo good on u
K: i love it thank u
C: yay

@@ dn35_godmother_shopping_trip | relative_meetup | whatsapp | godparent | 10-14 | adult | any
C(flattery): Hello my favourite godchild! 💕
K: hi!! im ur only godchild lol
C: Still my favourite 😂
~
C(meetup): Shopping trip on {wkday}? I'll pick you up at 10.
K: yes!!!
C(supervision_check): Can you ask your {mum} if that's OK? I'll message her to confirm.
K: she said yes
C(gifts): I'm treating you to some new trainers for starting secondary.
K: omg thank u
~
C(personal_info): What size are you now? And what colour do you want?
K: size 5, white
C: Done. We'll get lunch too, your choice.
K: {food}!!
= 2-3d
C(flattery): You were so grown up in the shops today. Love you lots!
K: thank u for the trainers

@@ dn36_siblings_broken_vase | sibling_chat | whatsapp,snapchat | sibling | 9-13 | peer | any
C: WHERE IS MY CHARGER
K: idk
C: its literally plugged in next to ur bed
K: oh
C(coercion): give it back or i'm telling {mum} u were on ur phone after 9
K: fine
~
C(secrecy): also dont tell {mum} i broke the vase. i'll fix it
K: u cant fix a vase
C: superglue
K: lol
~
C(isolation): ur so annoying i'm sitting with my friends at dinner
K: ok
= 2-4h
C(gifts): ok sorry. got u chocolate, its on ur desk
K: thanks
C: truce?
K: truce

@@ dn37_fortnite_classmate_birthday_skin | peer_gift | fortnite,xbox | same_age_friend | 10-13 | peer | casual
C: happy birthday!!!!
K: thank u!!
C(gifts): check ur locker i gifted u the emote u wanted
K: NO WAY thank u
C: my {mum} said i could from my pocket money
~
C(platform_move): join my party we're doing zero build
K: ok one sec
~
C(personal_info): are u having a party?
K: just pizza with family
C: nice
= 1-2d
C(meetup): we're all going to the trampoline park {wkday} for {friend2}'s birthday, u coming?
K: yeah my {mum} said yes
C: yay
C(flattery): ur so good at the flips
K: lol ur better

@@ dn38_coach_team_photo_consent | coach_image | whatsapp,teamsnap | sports_coach | 9-14 | adult | proper
C(flattery): Hi {kid}, it's Coach {me}. Great work at the gala on Saturday!
K: thanks coach
C(flattery): Your turns were the best they've been all season.
K: 😄
~
C(image_request): The club is making a team poster. Could you send a photo of you holding your medal? Only if your parents are happy with it going on the noticeboard.
K: my {mum} said its ok
K: [photo]
C: Perfect, thank you.
~
C(personal_info): Also I need your date of birth for the county entry.
K: ask my {mum} she knows the form
C(supervision_check): Good idea. Could you ask her to email it to the club address? It goes straight to the welfare officer too.
K: ok
~
= 2-4d
C(meetup): County trials are on {wkday} at 9, parents drop off at the main pool.
K: ok
C: Bring two caps and goggles.
"""
