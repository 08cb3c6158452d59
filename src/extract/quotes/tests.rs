//! Table tests of quote passages written for them: marks, kinds and speakers.

use super::reader::quotes;
use crate::text::Document;

use crate::extract::entities;

/// Expected quotes as `text|kind|speaker` (speaker empty when none).
#[track_caller]
fn check(passage: &str, expected: &[&str]) {
    let got = found(passage);
    assert_eq!(got, expected, "in {passage:?}");
}

fn found(passage: &str) -> Vec<String> {
    let doc = Document::parse(passage);
    let e = entities(&doc);
    quotes(&doc, &e)
        .iter()
        .map(|q| {
            format!(
                "{}|{}|{}",
                doc.slice(q.span),
                q.kind.as_str(),
                q.speaker.as_ref().map_or("", |s| s.name.as_str())
            )
        })
        .collect()
}

/// Checks every case and reports all the mismatches at once.
#[track_caller]
fn check_all(cases: &[(&str, &[&str])]) {
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|(passage, expected)| {
            let got = found(passage);
            (got != *expected)
                .then(|| format!("{passage:?}\n  got      {got:?}\n  expected {expected:?}"))
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn attribution_orders() {
    let cases: &[(&str, &[&str])] = &[
        // A passive or a verb of perception between the speaker and the verb after the
        // quote.
        (
            "“Nothing is decided,” Ana Ruiz was quoted as saying.",
            &["Nothing is decided,|full|Ana Ruiz"],
        ),
        (
            "“Should there be a register?” a reporter can be heard asking the candidate.",
            &["Should there be a register?|full|a reporter"],
        ),
        (
            "“We will win this,” Mr Ortega was heard telling supporters.",
            &["We will win this,|full|Ortega"],
        ),
        // A clause of its own before the colon: its subject speaks, not the sentence's.
        (
            "The Daily Courier made the same claims against the union in March, and the \
             Western Tribune responded:\n\n“If there are people so prone to violence, they \
             should be in prison.”",
            &[
                "If there are people so prone to violence, they should be in prison.|full|\
                 Western Tribune",
            ],
        ),
        // Some papers capitalize the brand's verb.
        (
            "“Not us but can’t argue with it!” Mike Murphy, the head of Right to Rise USA, \
             Tweeted on Friday.",
            &["Not us but can’t argue with it!|full|Mike Murphy"],
        ),
        // A label in parentheses before an auxiliary.
        (
            "Reform efforts are “sustained and deep” now, the International Monetary Fund \
             (IMF) has said.",
            &["sustained and deep|partial|International Monetary Fund"],
        ),
        // "remarks": a verb after a pronoun, a noun after an adjective and a verb.
        (
            "Yuji Shimizu plays golf. “I think the food has improved,” he remarks. Roe was \
             fined after making racist remarks.",
            &["I think the food has improved,|full|Yuji Shimizu"],
        ),
        (
            "“I am not guilty,” Luis Aragones said. “I'm not a racist.” He was fined on \
             Tuesday after making racist remarks.",
            &[
                "I am not guilty,|full|Luis Aragones",
                "I'm not a racist.|full|Luis Aragones",
            ],
        ),
        (
            "“We are hiring,” said Jane Roe.",
            &["We are hiring,|full|Jane Roe"],
        ),
        (
            "“We are hiring,” Jane Roe said.",
            &["We are hiring,|full|Jane Roe"],
        ),
        (
            "Jane Roe said: “We are hiring again.”",
            &["We are hiring again.|full|Jane Roe"],
        ),
        (
            "Jane Roe said, “We are hiring again.”",
            &["We are hiring again.|full|Jane Roe"],
        ),
        (
            "“We are hiring again” — Jane Roe",
            &["We are hiring again|full|Jane Roe"],
        ),
        // A quote set between dashes is the clause before's; the subject after it
        // speaks for its own verb.
        (
            "And although Tom Lee lamented her tendency to slip - “does she have to keep \
             giving them ammunition?” - voters in Iowa who watched the debate said she won.",
            &["does she have to keep giving them ammunition?|partial|Tom Lee"],
        ),
        (
            "“Demand is very strong,” Tom Lee told Reuters.",
            &["Demand is very strong,|full|Tom Lee"],
        ),
        (
            "“Demand is very strong,” according to Tom Lee.",
            &["Demand is very strong,|full|Tom Lee"],
        ),
        // A statement from someone named: that one; from someone described: the statement.
        (
            "Kestrel Foods cut jobs. The cuts are “painful but necessary for us,” according \
             to a statement from Kestrel chief executive Ana Ruiz. “We are sorry for this,” \
             said a letter from the company.",
            &[
                "painful but necessary for us,|partial|Ana Ruiz",
                "We are sorry for this,|full|a letter",
            ],
        ),
        // … the subject before the verb too.
        (
            "A letter from Ana Ruiz to staff read: “Times are hard for all of us.” A \
             statement by Kestrel Foods said: “We remain confident.”",
            &[
                "Times are hard for all of us.|full|Ana Ruiz",
                "We remain confident.|full|Kestrel Foods",
            ],
        ),
        // A phrase of time between the speaker and the verb.
        (
            "Nina Fox spoke. Ms Fox last week said the board had reached “a common view \
             on pay”.",
            &["a common view on pay|partial|Nina Fox"],
        ),
        (
            "Nina Fox spoke. Ms Fox on Monday told staff: “The plan stands.”",
            &["The plan stands.|full|Nina Fox"],
        ),
        (
            "According to Tom Lee, the outlook is “better than expected.”",
            &["better than expected.|partial|Tom Lee"],
        ),
        (
            "“Costs will fall this year,” Ana Ruiz wrote in a memo.",
            &["Costs will fall this year,|full|Ana Ruiz"],
        ),
        (
            "“Costs will fall this year,” Ana Ruiz added.",
            &["Costs will fall this year,|full|Ana Ruiz"],
        ),
        (
            "“Nothing has been decided yet,” Ana Ruiz, who asked not to be named, said.",
            &["Nothing has been decided yet,|full|Ana Ruiz"],
        ),
        (
            "Liam Neeson, who starred in Schindler’s List, Michael Collins and Star Wars, \
             said: “The Lyric is too important to lose.”",
            &["The Lyric is too important to lose.|full|Liam Neeson"],
        ),
        (
            "“Nothing has been decided yet,” Ana Ruiz, 54, said.",
            &["Nothing has been decided yet,|full|Ana Ruiz"],
        ),
        (
            "Ana Ruiz was quoted as saying: “Nothing is decided.”",
            &["Nothing is decided.|full|Ana Ruiz"],
        ),
        (
            "Ana Ruiz said in a statement: “We will appeal the ruling.”",
            &["We will appeal the ruling.|full|Ana Ruiz"],
        ),
        (
            "“We will appeal the ruling,” Ana Ruiz said in a statement.",
            &["We will appeal the ruling,|full|Ana Ruiz"],
        ),
        (
            "“Prices will rise,” warned Ana Ruiz.",
            &["Prices will rise,|full|Ana Ruiz"],
        ),
        (
            "“Prices will rise,” Ana Ruiz insisted.",
            &["Prices will rise,|full|Ana Ruiz"],
        ),
        (
            "“Why now of all times?” Ana Ruiz asked.",
            &["Why now of all times?|full|Ana Ruiz"],
        ),
        (
            "“It is over for us,” Ana Ruiz tweeted.",
            &["It is over for us,|full|Ana Ruiz"],
        ),
        (
            "“It is over for us,” Ana Ruiz acknowledged on Friday.",
            &["It is over for us,|full|Ana Ruiz"],
        ),
        (
            "“It was a mistake,” recalled Ana Ruiz.",
            &["It was a mistake,|full|Ana Ruiz"],
        ),
        (
            "“It was a mistake,” Ana Ruiz testified.",
            &["It was a mistake,|full|Ana Ruiz"],
        ),
        (
            "“Not bad for a Monday,” quipped Ana Ruiz.",
            &["Not bad for a Monday,|full|Ana Ruiz"],
        ),
        (
            "“It was a long year,” sighed Ana Ruiz.",
            &["It was a long year,|full|Ana Ruiz"],
        ),
        (
            "“He was worthy of Maradona,” the paper beams.",
            &["He was worthy of Maradona,|full|the paper"],
        ),
        (
            "“It was the best night of my life,” enthused Ana Ruiz.",
            &["It was the best night of my life,|full|Ana Ruiz"],
        ),
        // An attribution between commas inside the clause, the speaker after its verb.
        (
            "With 53% of households now with access to the net, the government, suggests \
             Ana Ruiz, could act as “a middleman for public debate”.",
            &["a middleman for public debate|partial|Ana Ruiz"],
        ),
        (
            "“It was a long year,” Ana Ruiz explained.",
            &["It was a long year,|full|Ana Ruiz"],
        ),
        // Speech phrases of more than one word.
        (
            "“Banks will not lend to us,” Omar Hadi points out.",
            &["Banks will not lend to us,|full|Omar Hadi"],
        ),
        (
            "“Banks will not lend to us,” Omar Hadi went on.",
            &["Banks will not lend to us,|full|Omar Hadi"],
        ),
        (
            "“That is simply untrue,” shot back Omar Hadi.",
            &["That is simply untrue,|full|Omar Hadi"],
        ),
        (
            "“Banks will not lend.” Omar Hadi points out. “We have no choice.”",
            &[
                "Banks will not lend.|full|Omar Hadi",
                "We have no choice.|full|Omar Hadi",
            ],
        ),
    ];
    check_all(cases);
}

#[test]
fn cues_are_the_whole_verb_or_phrase() {
    for (passage, cue) in [
        ("“We are hiring,” said Jane Roe.", "said"),
        ("“We are hiring,” according to Jane Roe.", "according to"),
        ("“Banks will not lend,” Omar Hadi points out.", "points out"),
        (
            "Omar Hadi summed up: “We have no choice at all.”",
            "summed up",
        ),
        ("“That is untrue,” shot back Omar Hadi.", "shot back"),
        // A lawmaker's party and state, then a clause, between the name and the verb.
        (
            "Rep. Tom Hale, R-Ark., who chairs the committee, said in an interview that \
             the merger “deserves a fair hearing.”",
            "said",
        ),
        // A verb denied says nothing; the one before it does.
        (
            "OpenAI spokeswoman Kayla Wood said the company does not comment on “rumors \
             and speculation.”",
            "said",
        ),
        // A title's own "-ing" word before the name.
        (
            "“The defendants concealed the scheme,” Acting U.S. Attorney Breon Peace said in \
             a statement.",
            "said",
        ),
        // A participle whose subject is a person after a place and a title.
        (
            "U.S. District Judge Adrienne Nelson granted the request, writing that the \
             combination “may substantially lessen competition” in the business.",
            "writing",
        ),
        // Present tenses of the verbs ("confessed", "quipped") are cues too.
        ("“Give the plant one more year,” Tom Lee pleads.", "pleads"),
        // A verb that is as often a noun: not "state" before a title, but "reports" after
        // its subject.
        (
            "“The boundaries did not match,” state prosecutor Ana Ortiz told Reuters.",
            "told",
        ),
        (
            "“The works council has concerns,” the Reuters news agency reports.",
            "reports",
        ),
        (
            "The coach went on to claim that “only one side was refereed”.",
            "went on to claim",
        ),
        (
            "Asked about ping pong she confesses: “I am not very good.”",
            "confesses",
        ),
        ("“Not bad for a pensioner,” Omar Hadi quips.", "quips"),
    ] {
        let doc = Document::parse(passage);
        let e = entities(&doc);
        let got: Vec<&str> = quotes(&doc, &e)
            .iter()
            .map(|q| q.cue.map_or("", |c| doc.slice(c)))
            .collect();
        assert_eq!(got, [cue], "in {passage:?}");
    }
}

#[test]
fn descriptive_speakers() {
    let cases: &[(&str, &[&str])] = &[
        // What a person noun that is no title is "of" does not speak.
        (
            "The star of Rain Man and Tootsie said the film culture was \"in the craphouse \
             these days\".",
            &["in the craphouse these days|partial|The star of Rain Man and Tootsie"],
        ),
        // A nationality's noun after a quote of two sentences: the subject of the sentence
        // before the quote.
        (
            "Tottenham manager Martin Jol praised his players.\n\n\"We had the initiative. It \
             was a professional performance,\" the Dutchman said.",
            &["We had the initiative. It was a professional performance,|full|Martin Jol"],
        ),
        // "the Waterford man": the person just named, not the place.
        (
            "Jamie Costin should be paralysed. \"I was in a lot of pain,\" says the \
             Waterford man.",
            &["I was in a lot of pain,|full|Jamie Costin"],
        ),
        // "a move analysts described as": the plural after "a" and a noun opens a clause of
        // its own; not after a preposition ("a chorus of women begging soldiers").
        (
            "Veridian will cut prices by 30%, in a move analysts described as “an opening \
             shot” in a price war.\n\n“Help us, help us,” said a chorus of women begging \
             soldiers for food.",
            &[
                "an opening shot|partial|analysts",
                "Help us, help us,|full|a chorus of women begging soldiers",
            ],
        ),
        // "the manager" after "one senior manager" described since the last name is that
        // manager, not the person named before.
        (
            "Its national officer, Dominic Hart, said: “There is no excuse for this.”\n\n\
             According to one senior manager, who asked not to be named, the board had \
             discussed the cuts since the summer. “Nobody was surprised,” the manager said.",
            &[
                "There is no excuse for this.|full|Dominic Hart",
                "Nobody was surprised,|full|the manager",
            ],
        ),
        // A pronoun for people is the speaker, not a person named in the aside after it.
        (
            "Some protesters marched. Others, reacting to the gap between the Van Dyke \
             shooting and the video's release, shouted, “Stop the coverup!”",
            &["Stop the coverup!|full|Others"],
        ),
        (
            "Many, including Jason Van Dyke, warned: “It is over.”",
            &["It is over.|full|Many"],
        ),
        (
            "Workers were divided. “I need the money,” said one, who did not want to be \
             named. Another said: “We have to stand up for ourselves.”",
            &[
                "I need the money,|full|one",
                "We have to stand up for ourselves.|full|Another",
            ],
        ),
        // A crowd's chant is its words.
        (
            "Protests followed the release of the video. “Hey, hey! Ho, ho! The mayor has \
             got to go!” some protesters chanted on Friday.",
            &["Hey, hey! Ho, ho! The mayor has got to go!|full|some protesters"],
        ),
        // A phrase before a preposition speaks, not the object after it (a participle and a
        // "close" closing the phrase dropped, a possessor kept).
        (
            "One senator involved in the talks, who asked not to be named, said the group \
             was “close but not there yet.”",
            &["close but not there yet.|partial|One senator"],
        ),
        (
            "Traders in the pit said the move was “a big surprise”. A source close to the \
             company said it was “a done deal”. A diplomat briefed on the meeting called it \
             “a mess from start to finish”.",
            &[
                "a big surprise|partial|Traders",
                "a done deal|partial|A source",
                "a mess from start to finish|partial|A diplomat",
            ],
        ),
        (
            "The club's statement to the stock exchange said: “The board has noted the \
             speculation.”",
            &["The board has noted the speculation.|full|The club's statement"],
        ),
        // "according to" a phrase before a passive's speech verb: the phrase speaks, trimmed
        // before its participle.
        (
            "According to a memo seen by the union, staff were told the changes would be \
             “painful but necessary”.",
            &["painful but necessary|partial|a memo"],
        ),
        // A past tense after a hyphenated word is the verb: "the 36-year-old said"; the
        // person of that age is the one just named, as "he" would be (of the noun's
        // gender: "the 55-year-old Frenchman"), else the phrase stays.
        (
            "Marc Dessaux now plays in Qatar. “Mentally they are much stronger now,” the \
             36-year-old said.",
            &["Mentally they are much stronger now,|full|Marc Dessaux"],
        ),
        (
            "David Campese said England were poor. And the ex-Wallaby added: “If England \
             lost that, they would be in turmoil.”",
            &["If England lost that, they would be in turmoil.|full|David Campese"],
        ),
        (
            "Mike Tindall's agent has warned Bath. But Dipo Alli insists the player is worth \
             more. “His demands are anything but excessive,” the agent added.",
            &["His demands are anything but excessive,|full|Dipo Alli"],
        ),
        (
            "Arsenal manager Arsene Vaillant met Ann Pike. The 55-year-old Frenchman told \
             the club's website: “I love this club.”",
            &["I love this club.|full|Arsene Vaillant"],
        ),
        (
            "“I will be back next year,” the 28-year-old said after the race.",
            &["I will be back next year,|full|the 28-year-old"],
        ),
        // A player by his seeding ("seed" is no participle in "-ed").
        (
            "Pete Sampras beat Petr Korda. \"I was not at my best today,\" said the top seed.",
            &["I was not at my best today,|full|Pete Sampras"],
        ),
        // Two nouns under one article, the subject of a participle.
        (
            "Reuters cut its debt. The news and financial data seller said the year began \
             well, adding it expected “further gradual improvement” in the spring.",
            &["further gradual improvement|partial|The news and financial data seller"],
        ),
        // So is the person described by what they play or do ("the Liverpool player",
        // "the defender"), not one the article may leave unnamed ("the gunman"), a
        // title's holder not named ("the prime minister") or a nationality ("the
        // American", which may tell two players apart).
        (
            "Lindsay Dane beat Mia Holt on Sunday. Reacting to a comment by chairman Tom \
             Pike, the defender said: “It is insulting.” “She was better,” the American \
             said.",
            &[
                "It is insulting.|full|Lindsay Dane",
                "She was better,|full|the American",
            ],
        ),
        (
            "Steve Finnan starred against France. “We can win the group,” the Liverpool \
             player said.",
            &["We can win the group,|full|Steve Finnan"],
        ),
        // (A champion, an athlete too.)
        (
            "Gardener wins\n\nJason Gardener clocked 6.56 seconds, well ahead of Marc Blume. The \
             world indoor champion said: “I almost went home.” “It gives me a lot,” said the \
             Newport-based athlete.",
            &[
                "I almost went home.|full|Jason Gardener",
                "It gives me a lot,|full|Jason Gardener",
            ],
        ),
        (
            "Police named the victim as John Hale. “I had no choice,” the gunman told the \
             court. Tom Lee spoke next. “We will act,” the prime minister said.",
            &[
                "I had no choice,|full|the gunman",
                "We will act,|full|the prime minister",
            ],
        ),
        // A place after "in" or "at" does not speak; an apposition whose closing comma
        // is left out speaks for the person before its comma.
        (
            "Dr Erel Avinor, of the Centre for Transport at the University of Wessex in \
             Bristol said: “The devices do not meet the needs of older people.”",
            &["The devices do not meet the needs of older people.|full|Erel Avinor"],
        ),
        // A name alone after a quote ending in a comma (the verb left out), even a
        // surname that is an honorific too; not a byline after a closed quote.
        (
            "Analyst Simon Champion likes the stock.\n\nCarnival's shares barely moved. \
             “Carnival has a strong track record,” Mr Champion.",
            &["Carnival has a strong track record,|full|Simon Champion"],
        ),
        (
            "Mr Rajoy spoke on Monday. He insisted his party was “still the top force in \
             Spain.”--Kim Hjelmar.",
            &["still the top force in Spain.|partial|Rajoy"],
        ),
        // An acronym in parentheses before a relative clause is stepped over too.
        (
            "A spokesman for the Kestrel Forum on Trade (KFT), which is meeting this week in \
             Geneva, told the BBC: “The divide is very real and needs to be addressed.”",
            &["The divide is very real and needs to be addressed.|full|A spokesman"],
        ),
        // A report named after its author speaks as the report ("report" is a noun here).
        (
            "Anna Varga led the review. “The plan tries to do everything and so does \
             nothing,” the Varga report said.",
            &["The plan tries to do everything and so does nothing,|full|the Varga report"],
        ),
        // An apposition whose closing comma is missing.
        (
            "“Growth will stay fragile for now,” Emil Ferro, from Dunmore Capital told \
             Reuters.",
            &["Growth will stay fragile for now,|full|Emil Ferro"],
        ),
        // Members in the plural speak ("MPs", "MEPs"), not as an acronym.
        (
            "“We will never accept these plans,” MPs said.",
            &["We will never accept these plans,|full|MPs"],
        ),
        // An attribution closing the sentence after a comma speaks for the quote inside it.
        (
            "“Irreversible environmental damage” will be caused by plans to build a \
             million homes in the south-east, MPs have warned.",
            &["Irreversible environmental damage|partial|MPs"],
        ),
        // Two nouns joined by "and" under one article are one speaker.
        (
            "During the debate, the Labour peer and former minister said: “The monarchy \
             should symbolise the values of this country.”",
            &[
                "The monarchy should symbolise the values of this country.|full|the Labour \
                 peer and former minister",
            ],
        ),
        (
            "“At the moment, the biggest factor is to be number one,” the world 200m and \
             400m record holder told Five Live.",
            &[
                "At the moment, the biggest factor is to be number one,|full|the world 200m \
                 and 400m record holder",
            ],
        ),
        // A place listed with another after "for" closes the phrase too.
        (
            "The MP for Kestrelbourne and Sheppington said Tony Blair had been “trying \
             very hard indeed”.",
            &["trying very hard indeed|partial|The MP for Kestrelbourne and Sheppington"],
        ),
        // Such a phrase names no organization; "time and again" joins no nouns.
        (
            "Kestrel TV airs the show. The feminist writer and broadcaster said the show \
             had behaved “like a child rather than a parent”.",
            &["like a child rather than a parent|partial|The feminist writer and broadcaster"],
        ),
        (
            "Under the slogan “Britain is working for all”, the prime minister time and \
             again insisted the future was bright.",
            &["Britain is working for all|partial|"],
        ),
        // A title, then its holder between commas, a member's title after the name.
        (
            "Scottish Finance Minister, Tom McCalla MSP, said: “We announced an additional \
             £419m last week.”",
            &["We announced an additional £419m last week.|full|Tom McCalla"],
        ),
        // A role and a described organization between the name and the verb, with or
        // without the apposition's commas.
        (
            "“HD support is mandatory,” Dr Mark Tuffin games systems director at digital \
             content firm Thaxo told the BBC News website.",
            &["HD support is mandatory,|full|Mark Tuffin"],
        ),
        (
            "“HD support is mandatory,” Dr Mark Tuffin, games systems director at Thaxo \
             told the BBC News website.",
            &["HD support is mandatory,|full|Mark Tuffin"],
        ),
        // (A role of two words neither of which is one alone: "research fellow".)
        (
            "“What we propose is a civic commons,” Will Davies, senior research fellow at the \
             IPPR told the BBC News website.",
            &["What we propose is a civic commons,|full|Will Davies"],
        ),
        // The organization's owner before it; two appositions; "told" takes its listener
        // after it, never its speaker (a scare quote in the apposition too).
        (
            "Barbara Fell, one of the so-called \"Blair Babes\" elected in 1997, told \
             researchers: \"I remember some Conservatives jeering whenever a woman spoke.\"",
            &["I remember some Conservatives jeering whenever a woman spoke.|full|Barbara Fell"],
        ),
        (
            "“We have a much greater need for storage,” Richard Doherr, from Kestrel's \
             Hollywood Laboratories, one of the pioneers of Blu-ray, told the BBC news \
             website.",
            &["We have a much greater need for storage,|full|Richard Doherr"],
        ),
        (
            "“This will suddenly decrease,” shop owner Hayri Evrenel, told Associated \
             Press.",
            &["This will suddenly decrease,|full|Hayri Evrenel"],
        ),
        (
            "“Yes, he should apologise,” Mr Blair said. “Let's just apologise and move on.” \
             Tory leader Michael Howard, asked about the remark by reporters, said it was \
             important to be mindful.",
            &[
                "Yes, he should apologise,|full|Blair",
                "Let's just apologise and move on.|full|Blair",
            ],
        ),
        // The holder between commas may name his country after "of".
        (
            "But the chairman of the working party, Ambassador Stefan Johannsen of Iceland, \
             warned that there was “still a lot of work to be done”.",
            &["still a lot of work to be done|partial|Stefan Johannsen"],
        ),
        // A title phrase naming an organization after the verb, then its holder.
        (
            "“This picture was the story,” said De Telegraaf's image editor, Peter \
             Schoonen.",
            &["This picture was the story,|full|Peter Schoonen"],
        ),
        (
            "“There are no technical reasons,” said RNID technology director, Guido \
             Gybels.",
            &["There are no technical reasons,|full|Guido Gybels"],
        ),
        // "sporting director", "marketing director": a title, not a participle.
        (
            "Atletico Madrid signed the winger. “We will meet with the player,” said \
             Atletico sporting director Toni Munar.",
            &["We will meet with the player,|full|Toni Munar"],
        ),
        // A role phrase of plain words between the person and the verb.
        (
            "“This area does look very strong,” Dr Mike Wattis head of exploration said.",
            &["This area does look very strong,|full|Mike Wattis"],
        ),
        (
            "Christoph Caselius, president of the mobile networks division at the firm \
             says that: “By 2015 the need for capacity will have grown.”",
            &["By 2015 the need for capacity will have grown.|full|Christoph Caselius"],
        ),
        // The organization a person speaks for, set after the name with no "of" and
        // no closing comma; not a name that opens a sentence before its clause.
        (
            "Colin Aspden, Fylde Hotel Association said: “We have tried very hard.”",
            &["We have tried very hard.|full|Colin Aspden"],
        ),
        (
            "Like Colin Aspden, the Fylde Hotel Association said: “We have tried very \
             hard.”",
            &["We have tried very hard.|full|Fylde Hotel Association"],
        ),
        // A title, then its holder between commas ("controller" is a title).
        (
            "The station's controller, Ann Mabry, said: “We will keep the late show.”",
            &["We will keep the late show.|full|Ann Mabry"],
        ),
        // The holder of a title over a place is the title, not the place.
        (
            "The Archbishop of Ravensmoor said: “I am delighted for them both today.”",
            &["I am delighted for them both today.|full|The Archbishop of Ravensmoor"],
        ),
        // A surname ending in "-ly" is no adverb before the verb.
        (
            "Radio host Tom Kelly said the mayor would be “watching the budget very \
             closely” this year.",
            &["watching the budget very closely|partial|Tom Kelly"],
        ),
        (
            "Health Secretary Anne Connolly said the plan would “put patients first” \
             again.",
            &["put patients first|partial|Anne Connolly"],
        ),
        // An adverb between the subject and the verb is no part of the speaker.
        (
            "Mr Hartley meanwhile told the BBC: “I will not stand down.”",
            &["I will not stand down.|full|Hartley"],
        ),
        (
            "“The next president will be the 45th,” the church leader further said.",
            &["The next president will be the 45th,|full|the church leader"],
        ),
        (
            "Striker Tom Hendry scored twice. And Hendry afterwards described the display \
             as “beautiful to watch for us”.",
            &["beautiful to watch for us|partial|Tom Hendry"],
        ),
        (
            "Ms Hale has since told friends she felt “let down by the whole party”.",
            &["let down by the whole party|partial|Hale"],
        ),
        (
            "The minister repeatedly refused, saying: “We will not reopen the deal.”",
            &["We will not reopen the deal.|full|The minister"],
        ),
        // An apposition left open before the verb: the person before its comma.
        (
            "Brent Harlow, PTC president and conservative activist said: “Cable is selling \
             raunch to kids.”",
            &["Cable is selling raunch to kids.|full|Brent Harlow"],
        ),
        // A place after "of" or "for" belongs to the person or phrase before it.
        (
            "Lord Nicholls of Birkenhead, in his ruling, said: “Indefinite imprisonment \
             is anathema here.”",
            &["Indefinite imprisonment is anathema here.|full|Nicholls"],
        ),
        (
            "“What sort of model does it give to the nation?” the Labour MP for \
             Birkenhead asked.",
            &[
                "What sort of model does it give to the nation?|full|the Labour MP for \
                 Birkenhead",
            ],
        ),
        // A title phrase, then the person holding it between commas.
        (
            "The chairman of the Cardiff Trust, the Reverend Peter Smith, told the BBC \
             that the trust wanted people to “reflect on issues in light of the gospel”.",
            &["reflect on issues in light of the gospel|partial|Peter Smith"],
        ),
        (
            "The Shadow Secretary of State for Transport, Ann Cole, said: “These plans \
             were announced a year ago.”",
            &["These plans were announced a year ago.|full|Ann Cole"],
        ),
        (
            "The co-chairman of the Green Party, Mark Dale, said: “The budget is a failure \
             of historic size.”",
            &["The budget is a failure of historic size.|full|Mark Dale"],
        ),
        (
            "The co-chairman of the Green Party, Mark Dale, on Sunday called the budget \
             “a failure of historic size”.",
            &["a failure of historic size|partial|Mark Dale"],
        ),
        (
            "“It will be a tragedy for schools,” said the chairman of the Commons \
             education select committee, Labour MP Barry Hollis.",
            &["It will be a tragedy for schools,|full|Barry Hollis"],
        ),
        // (A person noun heads the phrase too: "his best friend".)
        (
            "“It may have been his first attempt,” said his best friend at Lehigh, Bruce \
             Turry, who remembered the day.",
            &["It may have been his first attempt,|full|Bruce Turry"],
        ),
        // A name that qualifies the noun after it is part of the phrase.
        (
            "“It was great play from Damien,” said the Tottenham striker.",
            &["It was great play from Damien,|full|the Tottenham striker"],
        ),
        (
            "“Sales will rise again,” said the Tesco spokesman.",
            &["Sales will rise again,|full|the Tesco spokesman"],
        ),
        (
            "“Sales will rise again,” said Tesco in a statement.",
            &["Sales will rise again,|full|Tesco"],
        ),
        (
            "“Sales will rise again,” said the BBC.",
            &["Sales will rise again,|full|BBC"],
        ),
        (
            "“Everyone knew it was coming,” said one former AI engineer who requested anonymity.",
            &["Everyone knew it was coming,|full|one former AI engineer"],
        ),
        // A rank's number is no determiner.
        (
            "Price dropped three strokes. “Ernie was too good,” the former world number one \
             told reporters.",
            &["Ernie was too good,|full|the former world number one"],
        ),
        // Before the verb too, the relative clause's object is no speaker.
        (
            "One Labour MP who signed the amendment said: “This is not what we came into \
             politics to do.”",
            &["This is not what we came into politics to do.|full|One Labour MP"],
        ),
        (
            "A voter who backed Donald Trump in 2016 told the paper: “I am done with him.”",
            &["I am done with him.|full|A voter"],
        ),
        (
            "“We’re still hiring aggressively,” a spokesperson said.",
            &["We’re still hiring aggressively,|full|a spokesperson"],
        ),
        (
            "“We can operate with smaller teams,” the memo read.",
            &["We can operate with smaller teams,|full|the memo"],
        ),
        (
            "Its critics call it “a slow-motion disaster for savers.”",
            &["a slow-motion disaster for savers.|partial|Its critics"],
        ),
        (
            "Areas that insiders describe as “foundational but non-core” were cut.",
            &["foundational but non-core|partial|insiders"],
        ),
        (
            "“The deal is done,” a senior official said.",
            &["The deal is done,|full|a senior official"],
        ),
        // (A source's description after the noun goes with what follows it.)
        (
            "“The deal is done,” said a person familiar with the talks.",
            &["The deal is done,|full|a person"],
        ),
        (
            "“Rates will stay high,” analysts at the bank wrote.",
            &["Rates will stay high,|full|analysts"],
        ),
        (
            "“Rates will stay high,” two traders said.",
            &["Rates will stay high,|full|two traders"],
        ),
        (
            "“This is a setback for everyone,” one investor said.",
            &["This is a setback for everyone,|full|one investor"],
        ),
    ];
    check_all(cases);
}

#[test]
fn pronouns_titles_and_organizations() {
    let cases: &[(&str, &[&str])] = &[
        // A spokesperson opening the sentence just before (after "But" too), whatever the
        // verb, is "he" or "she"; one for a body named is the body.
        (
            "Committee chairman John Denham said the law was wrong. But a spokesman for the \
             Home Office defended the proposals. He said: \"We stand by the provisions.\"",
            &["We stand by the provisions.|full|Home Office"],
        ),
        (
            "Labour's Jack Ross called the remarks irresponsible. But an executive spokeswoman \
             insisted the remark was about adults. \"He was talking about adults,\" she \
             said.",
            &["He was talking about adults,|full|an executive spokeswoman"],
        ),
        // A title that names someone, subject of the sentence just before, whatever its
        // verb.
        (
            "Home Secretary Charles Clarke has set out his plans. But Tory Liam Fox said his \
             party offered a clear choice.\n\nThe home secretary, whose blueprint is due on \
             Monday, also rejected claims of bigotry. “The issue is a legitimate part of \
             public debate,” he said.",
            &["The issue is a legitimate part of public debate,|full|Charles Clarke"],
        ),
        // A title written with a stop leaves the name the subject of its sentence.
        (
            "“They had real chemistry,” said Benjamin Rhodes, a deputy adviser.\n\nMr. \
             Netanyahu was impressed. “He's got it,” he told advisers afterward.",
            &[
                "They had real chemistry,|full|Benjamin Rhodes",
                "He's got it,|full|Netanyahu",
            ],
        ),
        // A name in apposition to a short noun phrase opening the sentence is its subject;
        // not one of a list, nor after a clause.
        (
            "Ravi Patel left the party in January.\n\nIts leader, Roger Knapp, has said he is \
             glad to see the back of Mr Patel. “It was nice knowing him,” he said.",
            &["It was nice knowing him,|full|Roger Knapp"],
        ),
        (
            "Jason Garner says the award is for the whole relay squad.\n\nGarner, Darren \
             Cole, Marlon Devon and Mark Lewis have all been made MBEs. “This award \
             reinforces what we did,” he said.",
            &["This award reinforces what we did,|full|Jason Garner"],
        ),
        // An owner's possessive and an office's "of" before the name leave it the subject.
        (
            "“We decided to play on,” said Jose Astor.\n\nReal Madrid director of sport \
             Emilio Brana praised the spectators. “The fans showed great maturity,” he said.",
            &[
                "We decided to play on,|full|Jose Astor",
                "The fans showed great maturity,|full|Emilio Brana",
            ],
        ),
        (
            "“We decided to play on,” said Jose Astor.\n\nSpain's minister Pablo Lissar \
             was quick to back the decision. “It was right,” he said.",
            &[
                "We decided to play on,|full|Jose Astor",
                "It was right,|full|Pablo Lissar",
            ],
        ),
        // The subject of the sentence just before: people its sentence names after it do
        // not stand between it and the pronoun.
        (
            "Steven Gerrard thinks the side is tired.\n\nWestport boss Tom Alder backed \
             Gerrard's view that Rafael Benitez's team could \
             struggle. “Rafa has still time to build a better team,” he told BBC Radio Five \
             Live.",
            &["Rafa has still time to build a better team,|full|Tom Alder"],
        ),
        // The speaker of the paragraph's last quote, the only person named since, though
        // the sentence just before names him as no subject; the speaker of a paragraph
        // before does not outrank him.
        (
            "“New models will come,” said Mark Olsen, of the research firm Tallis.\n\n\
             “Tastes change,” said Derek Broome, from Microsoft. Growth is just beginning, as \
             far as Mr Broome is concerned. “Sales will double,” he said.",
            &[
                "New models will come,|full|Mark Olsen",
                "Tastes change,|full|Derek Broome",
                "Sales will double,|full|Derek Broome",
            ],
        ),
        // "The X union": the organization named before its noun, not the one named last.
        (
            "Northwind Bank said it would cut 1,200 jobs. The Unite union, which represents \
             many of the bank's branch workers, said the plans were “a betrayal of loyal \
             staff”.",
            &["a betrayal of loyal staff|partial|Unite"],
        ),
        // The subject of a clause reported without "that", and the one spoken to after a
        // verb with its subject, are not who "he" goes on to be.
        (
            "Gallas sees two-horse race\n\nChelsea's William Gallas believes they will \
             battle it out with Arsenal. “We know that we have the power in our hands,” \
             added Gallas. Gallas has been given extra confidence by the impact manager Jose \
             Mourinho has had since taking over.\n\nAnd the French international defender \
             believes Mourinho is perfectly suited to boss the squad and says his managerial \
             expertise will prevent any revolt. “It is only normal that you put the finishing \
             touch to it,” he said.",
            &[
                "We know that we have the power in our hands,|full|William Gallas",
                "It is only normal that you put the finishing touch to it,|full|William Gallas",
            ],
        ),
        (
            "Earlier, Dr Liam Fox accused Mr Blair of telling lies about Tory policies. He \
             told BBC Radio: “If you are willing to lie about the war, you will lie about \
             anything.”",
            &[
                "If you are willing to lie about the war, you will lie about anything.|full|Liam \
               Fox",
            ],
        ),
        // A speaker whose verb follows an aside between dashes is the subject "he" continues.
        (
            "Tony Blair has apologised to two families. Mr Blair said: “I am very sorry.”\n\n\
             However, one of the group, Gerry Conlon - who was wrongly convicted of planting \
             the bombs - said the families were delighted. He said Mr Blair had spoken with \
             “such sincerity”, adding: “He went beyond what we thought he would.”",
            &[
                "I am very sorry.|full|Tony Blair",
                "He went beyond what we thought he would.|full|Gerry Conlon",
            ],
        ),
        // The source "according to" names is the subject "he" continues, not a
        // spokesman quoted before nor a person named further back.
        (
            "“We say the mill was stolen,” Mr Yushchenko told a conference in Kiev.\n\nOne \
             of the jilted bidders, LNM, said it welcomed the review.\n\n“If a new tender \
             is issued, we would look at it,” a spokesman told BBC News. A resale could \
             triple the price, according to the Economist Intelligence Unit's Mr Hensel. \
             But he warned that the government could take the easy route. “That way, Mr \
             Yushchenko can say he has won,” he told BBC News.",
            &[
                "We say the mill was stolen,|full|Yushchenko",
                "If a new tender is issued, we would look at it,|full|a spokesman",
                "That way, Mr Yushchenko can say he has won,|full|Hensel",
            ],
        ),
        // A description, then the body it is between commas: the body speaks.
        (
            "Nigeria's secret police, the Department of State Services, said Emefiele was \
             “now in its custody for some investigative reasons.” “We are disappointed,” \
             the regulator, the Financial Conduct Authority, said.",
            &[
                "now in its custody for some investigative reasons.|partial|Department of \
                 State Services",
                "We are disappointed,|full|Financial Conduct Authority",
            ],
        ),
        // A surname with the Arabic article, in lower case, is the person so named.
        (
            "Syrian Foreign Minister Farouq al-Shara spoke in Damascus. “The ball is in the \
             Israeli court,” al-Shara told reporters.",
            &["The ball is in the Israeli court,|full|Farouq al-Shara"],
        ),
        // "the Dane" is the subject of the sentence before.
        (
            "Brentford boss Thomas Frank praised his players. “It's a massive win for us,” \
             said the Dane.",
            &["It's a massive win for us,|full|Thomas Frank"],
        ),
        (
            "Roger Federer won again. When Lleyton Hewitt shook his hand, the Australian \
             said: “You're the best.”",
            &["You're the best.|full|the Australian"],
        ),
        // "they" after a sentence opening with people in the plural: those people.
        (
            "His parents, the law professors Joseph Bankman and Barbara Fried, sat in the \
             second row. In a statement, they said they would “continue to fight for our \
             son.”",
            &["continue to fight for our son.|partial|His parents"],
        ),
        (
            "Professors Nancy Foner and Richard Alba wrote the study for the European \
             Union. In an interview, they said claims “based on religion have much less \
             acceptance” in Europe.",
            &[
                "based on religion have much less acceptance|partial|Professors Nancy Foner \
                 and Richard Alba",
            ],
        ),
        // (A place named before the pronoun is no one it could mean.)
        (
            "Professors Nancy Foner and Richard Alba suggest this has less to do with \
             Islam than with Europe.\n\nIn the United States, they write, “to be religious \
             is to be in sync with mainstream norms.”",
            &[
                "to be religious is to be in sync with mainstream norms.|partial|Professors \
                 Nancy Foner and Richard Alba",
            ],
        ),
        // "her daughter" is the one introduced so.
        (
            "Dr. Ann Ellis died on Tuesday. Her daughter, Ruth Park, said the cause was \
             pneumonia. “She never stopped working,” her daughter said.",
            &["She never stopped working,|full|Ruth Park"],
        ),
        // The object of a verb is not who "he" means; the subject is.
        (
            "Fed Chair Jerome Powell spoke on Wednesday. President Donald Trump attacked \
             Powell on social media. “He is costing our country a fortune,” he wrote.",
            &["He is costing our country a fortune,|full|Donald Trump"],
        ),
        // A gender only guessed — a given name of either gender ("Robin", more often a
        // woman's on the Census lists), pronouns in the person's sentences ("she" there is
        // Khan's) — counts against a speaker who stands first, but does not rule them out.
        (
            "Head of genetics at the institute, Professor Robin Lovell-Badge, said he had \
             seen the confusion in the US. He said: “If someone as senior as Ruth Kelly is \
             not going to favour it, we will end up with a confused system.”",
            &[
                "If someone as senior as Ruth Kelly is not going to favour it, we will end up \
                 with a confused system.|full|Robin Lovell-Badge",
            ],
        ),
        // (A rare name on one list only is a guess too, and the article's pronouns outrank
        // it: "Tama" is the 3,532nd of the Census women's names.)
        (
            "Umaga ready\n\nAll Blacks captain Tama Umaga has warned the Lions will be his most \
             fearsome opponents. But Umaga also backed New Zealand to win. He told BBC Sport: \
             “They're awesome.”",
            &["They're awesome.|full|Tama Umaga"],
        ),
        (
            "Actress Negar Khan told a channel: “They are not letting me go.” Bipin Bihari, \
             deputy police chief in Bombay, said Khan was being sent back to Norway, where she \
             holds a passport. “She was on a visitor's visa,” he said.",
            &[
                "They are not letting me go.|full|Negar Khan",
                "She was on a visitor's visa,|full|Bipin Bihari",
            ],
        ),
        // (Not one who is only what the sentence is about, when no one fits: the name
        // further back is.)
        (
            "Hillary Clinton spoke in Iowa.\n\n“We were attacked in Manhattan,” she \
             said.\n\nBernie Sanders has raised it twice.\n\nVoters cheered.\n\n“That was \
             good for New York,” she added.",
            &[
                "We were attacked in Manhattan,|full|Hillary Clinton",
                "That was good for New York,|full|Hillary Clinton",
            ],
        ),
        // (People listed together are one step back, and seldom the one "he" means; an
        // apposition is no list.)
        (
            "Hoffman film\n\nDustin Hoffman is in the UK to publicise his comedy, which also \
             stars Robert De Niro, Barbra Streisand and Ben Stiller.\n\nHe said: “You go to \
             the cinema and you realise you're watching the third act.”",
            &[
                "You go to the cinema and you realise you're watching the third act.|full|Dustin Hoffman",
            ],
        ),
        (
            "Podcasts\n\nAdam Curry presses ahead with his own show, and has been compared to \
             Ed Sullivan or Johnny Carson.\n\nHe said: “It is a badge I'll wear with honour.”",
            &["It is a badge I'll wear with honour.|full|Adam Curry"],
        ),
        (
            "TV row\n\nPeter Hain said there was no harm in it. But Sir Bernard Ingham, Ann \
             Roe's former press secretary, took a less charitable view. He said: “That bunch \
             of nutters will not re-engage voters.”",
            &["That bunch of nutters will not re-engage voters.|full|Bernard Ingham"],
        ),
        // (The subject of the sentence just before counts more.)
        (
            "Tennis\n\nSerena Williams beat Ann Lee. “I don't know what I was doing there,” \
             she said. But Daniela Hantuchova is in upbeat mood ahead of her clash with \
             Williams. “I feel I have an advantage,” she said.",
            &[
                "I don't know what I was doing there,|full|Serena Williams",
                "I feel I have an advantage,|full|Daniela Hantuchova",
            ],
        ),
        // (A name that only says what kind of thing: "an Alan Shearer strike".)
        (
            "Souness delight at progress\n\nBoss Graeme Souness felt his side were never in \
             danger.\n\nAn early own goal \
             followed by an Alan Shearer strike earned them a 2-1 win. “It gave us a great \
             advantage,” he said.",
            &["It gave us a great advantage,|full|Graeme Souness"],
        ),
        // (An infinitive's object too.)
        (
            "Wolves\n\nWolves chief executive Jez Moxey defended the decision to give Glenn \
             Hoddle a short-term contract. “We hope it will work out,” he said.",
            &["We hope it will work out,|full|Jez Moxey"],
        ),
        // (A verb in "-ing" too.)
        (
            "Gary Neville admitted that he had not enjoyed the match, which saw Mikael \
             Silvestre sent off for head-butting Freddie Ljungberg. “It was a horrible game,” \
             he said.",
            &["It was a horrible game,|full|Gary Neville"],
        ),
        // (Two objects joined by "and": neither is the subject.)
        (
            "Donald Trump spoke for an hour. Trump also attacked Hillary Clinton and Marco \
             Rubio during the rant. He said that Clinton is playing the “women's card big \
             league” in the race.",
            &["women's card big league|partial|Donald Trump"],
        ),
        (
            "“I never meant harm,” Ms Rowe said. The airline later sent Jane Lee a letter. \
             Of the ten images, only one showed Ms Rowe's badge. “They did not tell me \
             which,” she said.",
            &[
                "I never meant harm,|full|Rowe",
                "They did not tell me which,|full|Rowe",
            ],
        ),
        // A described person who speaks after a quote opening the sentence is who "she"
        // means next: "“…,” a spokeswoman said. She added …".
        (
            "Dee Vance and John Vaughan hosted the show. “There are no plans for another \
             series,” a spokeswoman said. She added the pair “brought a real warmth to \
             Saturday night, but we felt we had done enough.”",
            &[
                "There are no plans for another series,|full|a spokeswoman",
                "brought a real warmth to Saturday night, but we felt we had done \
                 enough.|partial|a spokeswoman",
            ],
        ),
        // A described person opening the sentence before a comma and a relative clause
        // is who "he" means next, not the man named before.
        (
            "Tom Alvarez wrote a memo. “I understand,” he wrote.\n\nOne captain, who \
             asked not to be named, said: “It is not just about money.”\n\nHe added: \
             “Nobody wants a strike.”",
            &[
                "I understand,|full|Tom Alvarez",
                "It is not just about money.|full|One captain",
                "Nobody wants a strike.|full|One captain",
            ],
        ),
        // Nor is the photographer of a picture's credit line.
        (
            "Comedian Peter Sorensky dubbed the clip.\n\nMark Olden via Getty Images.\n\n\
             “What if he had lessons?” the 43-year-old asked. “It works,” he added.",
            &[
                "What if he had lessons?|full|Peter Sorensky",
                "It works,|full|Peter Sorensky",
            ],
        ),
        // The reporter of a byline is no one the body's pronouns mean.
        (
            "Port Strike Enters Third Week\n\nBy Jane Whitaker\n\nThe transport minister \
             resigned on Monday. “It is over for me,” she said.",
            &["It is over for me,|full|she"],
        ),
        // A possessor and a noun for something said, as the subject: the possessor's.
        (
            "Tom Hale spoke next. His response was blunt: “We will not pay a penny more.”",
            &["We will not pay a penny more.|full|Tom Hale"],
        ),
        (
            "Senator Ann Pike of Ohio spoke next. Ms Pike's answer was that “the family \
             comes before the market,” so the state should help.",
            &["the family comes before the market,|partial|Ann Pike"],
        ),
        // A possessive before a noun for a person opens the subject before a colon: the
        // person its apposition names, or the phrase.
        (
            "Jessica Conard lives a mile away. “Nobody has tested the water,” she said. Her \
             neighbour, retired teacher Tom Kelley, 68, was blunter: “They poisoned us and \
             now they want a card.” Her husband was angrier still: “Nobody will ever buy this \
             house from us.” Her voice was shaking: “We have nowhere else to go now.”",
            &[
                "Nobody has tested the water,|full|Jessica Conard",
                "They poisoned us and now they want a card.|full|Tom Kelley",
                "Nobody will ever buy this house from us.|full|Her husband",
                "We have nowhere else to go now.|full|Jessica Conard",
            ],
        ),
        // … with the one it was said to between them.
        (
            "Sir Digby Moran said stability was all important. His message to the \
             chancellor was: “Please don't give it away.” Lady Anne Pryce agreed. Her advice \
             to voters: “Stay at home this time.”",
            &[
                "Please don't give it away.|full|Digby Moran",
                "Stay at home this time.|full|Anne Pryce",
            ],
        ),
        // … and anywhere in its sentence, before "that" and the quote.
        (
            "Hillary Clinton spoke on Sunday. Even as Clinton was criticizing Donald Trump, \
             she came under fire over her assertion during the debate that “we now finally \
             are where we need to be” on the Islamic State.",
            &["we now finally are where we need to be|partial|Hillary Clinton"],
        ),
        // "The newspaper" is a publication's name, not the body the article is about.
        (
            "The Daily Tribune ran an editorial on the Farmers Union. The Farmers Union \
             rejected it. According to the newspaper, “the rules are far too weak to \
             work.”",
            &["the rules are far too weak to work.|partial|Daily Tribune"],
        ),
        (
            "The list in Gadget Monthly includes the Sony Walkman at number three. “We \
             only chose items that could be carried,” the magazine said.",
            &["We only chose items that could be carried,|full|the magazine"],
        ),
        // A name opening the reported words before "he told" is not "he".
        (
            "Bernard Ebbers rejected claims he pressured finance chief Tom Hale. Mr Hale \
             “made the accounting decisions,” he told the court.",
            &["made the accounting decisions,|partial|Bernard Ebbers"],
        ),
        // A name that qualifies a noun after "said" is no speaker: "said the Tramp
        // campaign …".
        (
            "Don Tramp spoke in Iowa. Steve Adler, the firm's owner, said the Tramp \
             campaign has yet to follow up, though he contended the firm's services \
             “would be the perfect system for him.”",
            &["would be the perfect system for him.|partial|Steve Adler"],
        ),
        // The subject of a sentence whose participle speaks ranks as a speaker.
        (
            "Ben Marr promised a campaign “which is upbeat and confident about the \
             future”.\n\nTory chairman Lee Fox derided the photo call, saying: “The show \
             of unity was the worst acting I have seen.” Labour had raised taxes 66 times, \
             he said. “They have broken every promise.”",
            &[
                "which is upbeat and confident about the future|partial|Ben Marr",
                "The show of unity was the worst acting I have seen.|full|Lee Fox",
                "They have broken every promise.|full|Lee Fox",
            ],
        ),
        (
            "Ben Carlson and Don Tramp spoke. “It is a suspension of intellect,” Mr. \
             Carlson declared Sunday. The day before, at a rally in Austin, Tex., Mr. Tramp \
             was just as blunt, claiming the plan was reckless. “You'd have to be insane,” \
             he said.",
            &[
                "It is a suspension of intellect,|full|Ben Carlson",
                "You'd have to be insane,|full|Don Tramp",
            ],
        ),
        // The subject after a short opening phrase ranks as a subject.
        (
            "Liberal spokesman Vince Cole and the chancellor, Gordon Brand, clashed. Mr \
             Cole said taxes would rise. In Tuesday's budget, Mr Brand raised the child \
             credit. Defending the plans, he told listeners: “We will take no risks with \
             the economy.”",
            &["We will take no risks with the economy.|full|Gordon Brand"],
        ),
        // A possessor in "s'" and the object of "after" rank below the subject.
        (
            "Glenn Hoddell is the new manager after Dave Jonas was sacked.\n\nRick Hayes \
             revealed that Hoddell was approached after Jonas' departure. “He was not \
             available at the time,” he explained.",
            &["He was not available at the time,|full|Rick Hayes"],
        ),
        // A possessor opening its sentence is what the sentence is about: more salient than
        // a speaker a paragraph before.
        (
            "Aung San Suu Kyi voted on Sunday.\n\n“Turnout was low,” said Meenakshi \
             Ganguly, an observer.\n\nSuu Kyi's fate is still unclear, but she said last \
             week that she would govern. “I'm going to be above the president,” she said.",
            &[
                "Turnout was low,|full|Meenakshi Ganguly",
                "I'm going to be above the president,|full|Aung San Suu Kyi",
            ],
        ),
        // Letters after a name ("QC", "MP") leave it the subject and the speaker.
        (
            "Lord Wolfe spoke first. Director of Public Prosecutions, Ken Macdonell QC, who \
             sits on the council, said the rule was set by parliament.\n\n“It increases \
             the chances of convicting the guilty,” he said.",
            &["It increases the chances of convicting the guilty,|full|Ken Macdonell"],
        ),
        (
            "In the Commons, Tory frontbencher Andrew Tyrell MP demanded a statement about \
             how the plans had been “leaked to the evening papers”.",
            &["leaked to the evening papers|partial|Andrew Tyrell"],
        ),
        // A described speaker before "he said", its verb after a relative clause; not
        // when the sentence names the person after all.
        (
            "A spokesman for the Kestrel Casino Association, which represents the UK \
             industry, said the plan was unfair. “The UK industry is respected,” he said.",
            &["The UK industry is respected,|full|Kestrel Casino Association"],
        ),
        (
            "A spokesman for US Immigration, Customs and Enforcement, Dean Boyle, said it \
             was not about money. He told the BBC: “They wanted notoriety above all.”",
            &["They wanted notoriety above all.|full|Dean Boyle"],
        ),
        // A name closing an apposition before its speech verb is the subject.
        (
            "Kevin Dolan said he would stand.\n\nHead of genetics at the institute, \
             Professor Alan Lovell-Barr, said he had seen the confusion in the US. He said: \
             “We will end up with a similarly confused system here.”",
            &["We will end up with a similarly confused system here.|full|Alan Lovell-Barr"],
        ),
        // A gendered noun ending the sentence before a name tells nothing of its gender.
        (
            "Hale attacks bully Big Brother\n\nDana Hale has quit the show after a week. \
             Tom Reed stays. “I had no idea who would be in here,” she said.",
            &["I had no idea who would be in here,|full|Dana Hale"],
        ),
        // "the magazine": the organization the text called a magazine, not the one
        // named last.
        (
            "Dana Hill topped US magazine Soundwave's annual list. Two acts signed to \
             Kestrel Records came tenth. “Hill returned to centre stage after a decade away,” the \
             magazine reported.",
            &["Hill returned to centre stage after a decade away,|full|Soundwave"],
        ),
        // A straight closing mark after a comma: the surname after it is the person's.
        (
            "Guitarist Ray May joined in 1970. \"It was the best night we had,\" May wrote.",
            &["It was the best night we had,|full|Ray May"],
        ),
        // "the Bristol North MP": a member's title (in capitals) after the constituency is
        // the member, not the place.
        (
            "Labour MP Tom Pound has found a daughter he never knew he had. “I felt guilt \
             in the marrow of my bones,” said the Bristol North MP.",
            &["I felt guilt in the marrow of my bones,|full|Tom Pound"],
        ),
        // (Not a passing rival so called, when the article's subject is named more.)
        (
            "Dunmore United's board met Mr Vance. Dunmore United said talks went well. \
             Rival local club Kestrel City asked fans to stay calm. \
             “Any board must consider a real offer,” the club said.",
            &["Any board must consider a real offer,|full|Dunmore United"],
        ),
        // A name set off by an apposition before its speech verb is the speaker there:
        // "Fidelis Nanga, a journalist in Yaounde, said"; a name opening a clause that
        // a trailing attribution reports is not: "Mr Blair has failed, he claimed".
        (
            "Prime Minister Ephraim Inoni said the guilty would be punished.\n\nFidelis \
             Nanga, a journalist based in Yaounde, said the government was acting. “The \
             prime minister has given instructions,” he told the BBC.",
            &["The prime minister has given instructions,|full|Fidelis Nanga"],
        ),
        // (The verb's own subject, not the name after it that opens the reported clause.)
        (
            "Khan told a channel: “They are not letting me go.” Bipin Bihari, deputy police \
             chief in Bombay, said Khan was being sent back to Norway. “She was on a visitor's \
             visa,” he said.",
            &[
                "They are not letting me go.|full|Khan",
                "She was on a visitor's visa,|full|Bipin Bihari",
            ],
        ),
        (
            "Michael Howard said Labour would raise taxes. Mr Brown liked to rattle off \
             numbers, the Tory leader said. “This dodgy government is not to be trusted,” \
             he said.",
            &["This dodgy government is not to be trusted,|full|Michael Howard"],
        ),
        // ... but a name after a nationality and a title opens its sentence ("British
        // actor Owen is hoping"), ", saying" is no trailing attribution, and "said Mr
        // Florin" is the speaker of its sentence.
        (
            "Richard Gere, who is presenting the award, said: “It's a big party.”\n\nBritish \
             actor Clive Owen is hoping to repeat his success. “I was always a fan of the \
             play,” he said.",
            &[
                "It's a big party.|full|Richard Gere",
                "I was always a fan of the play,|full|Clive Owen",
            ],
        ),
        (
            "Mr Renaud de Vabres said the film was a triumph. Alan Parker praised French \
             films, saying Hollywood used them. He told the minister: “I am honoured to be \
             here.”",
            &["I am honoured to be here.|full|Alan Parker"],
        ),
        (
            "Simon Gardner, who heads the studio, said games were changing. The consoles \
             would be faster, said Mr Florin. He said that games would change. “A gamer \
             could buy a starter disc,” he said.",
            &["A gamer could buy a starter disc,|full|Florin"],
        ),
        // A known gender weighs less than the nearer subject of a speech verb ("Economist
        // Colen Garrow said", a given name the lists lack), and "had said" is a speech
        // verb too.
        (
            "“The focus is on more for all,” said Mr Manuel. He said the economy had \
             improved. About 280,000 jobs a year have been created. Economist Colen Garrow \
             said the budget would stimulate growth. “It's pleasant to see the cut in \
             company taxes,” he said.",
            &[
                "The focus is on more for all,|full|Manuel",
                "It's pleasant to see the cut in company taxes,|full|Colen Garrow",
            ],
        ),
        (
            "Liverpool chief executive Rick Parry said the club would not sell Steven \
             Gerrard.\n\nGerrard had said before the game he would consider leaving. “The \
             main point is that I want to win things,” he said.",
            &["The main point is that I want to win things,|full|Steven Gerrard"],
        ),
        // ", when a reporter asked …" is a clause of its own, no trailing attribution.
        (
            "Senator Marco Rubio has talked about sending troops.\n\nMr Obama himself \
             tried to draw a distinction during an interview with CBS News, when a reporter \
             asked if he was reversing his pledge.\n\n“You know, when I said no boots on the \
             ground, people understood,” he said.",
            &["You know, when I said no boots on the ground, people understood,|full|Obama"],
        ),
        // "According to X" gives way to a speech verb with its own subject after it.
        (
            "Prime Minister Tony Blair told Gordon Brown of his plan at a dinner hosted by \
             Deputy Prime Minister John Prescott.\n\nAccording to Mr Peston the prime \
             minister said: “Help me to get through the year and I will then stand down.”",
            &["Help me to get through the year and I will then stand down.|full|Tony Blair"],
        ),
        // A described speaker's head is its last noun: "The prime minister's official
        // spokesman" is a spokesman, whom "he" then means.
        (
            "Lord Butler said Mr Blair bypassed the Cabinet. The prime minister's official \
             spokesman said the Cabinet was still used. But he added: “You cannot take \
             every decision in cabinet.”",
            &[
                "You cannot take every decision in cabinet.|full|The prime minister's official spokesman",
            ],
        ),
        // A person's gender from the pronouns of the sentences the person opens:
        // "Zorblat Quenn said his firm …" is a man, so "she" is someone else.
        (
            "Jane Roe joined the board in May. Zorblat Quenn said his firm would grow. “We \
             will hire more staff,” she said.",
            &["We will hire more staff,|full|Jane Roe"],
        ),
        // A title names a holder named before it, not one the article names later.
        (
            "A report in the Telegraph quoted an unnamed executive at Euronext as saying \
             the group would bid. “We already own Liffe in London,” the newspaper quoted \
             the executive as saying. Euronext chief executive Jean-Francois Theodore is \
             reported to have met LSE officials.",
            &["We already own Liffe in London,|full|the executive"],
        ),
        // ... unless the phrase is that very title and the holder is named next in the
        // paragraph.
        (
            "Business confidence has weakened, the Bank of Japan said. “The economy is at a \
             pause,” the economy minister said. “The recovery will continue,” said economy \
             minister Heizo Takenaka.",
            &[
                "The economy is at a pause,|full|Heizo Takenaka",
                "The recovery will continue,|full|Heizo Takenaka",
            ],
        ),
        // A name after a preposition and a person noun is an object ("felled by
        // Blackburn midfielder Aaron Mokoena").
        (
            "Arjen Robben is out for six weeks.\n\nRobben, who has been key to the side, \
             claims he knew something was wrong when \
             he was felled by Blackburn midfielder Aaron Mokoena. “I felt my leg go,” he \
             said.",
            &["I felt my leg go,|full|Arjen Robben"],
        ),
        // The subject of a clause after "that" is not the one speaking.
        (
            "Ben Carson spoke on CNN on Sunday.\n\nCarson turned the story back on the \
             Post, pointing out that the paper's Robert Costa had reported in June that the \
             campaign was failing. “A leopard doesn't change its spots,” he said.",
            &["A leopard doesn't change its spots,|full|Ben Carson"],
        ),
        // A subject after a title or an opening conjunction is still the subject:
        // "Mr Holiff, who …, managed Cash's career" and "But Morrison is determined".
        (
            "Mr Holiff, who was also a concert promoter, managed Cash's career for a \
             decade. “I was guilty of underestimating him,” he once said.",
            &["I was guilty of underestimating him,|full|Holiff"],
        ),
        (
            "Singer Mark Morrison signed to the label in 2003. Mr Campbell said: “We \
             were granted the injunction.”\n\nBut Morrison is \
             determined the album will be released on Monday. He said: “The injunction is \
             ludicrous.”",
            &[
                "We were granted the injunction.|full|Campbell",
                "The injunction is ludicrous.|full|Mark Morrison",
            ],
        ),
        // A name after "to Arsenal's" is the object of "to", no likely antecedent.
        (
            "David Prutton was sent off. Prutton has apologised for his actions and to \
             Arsenal's Robert Pires, who was hurt in the tackle.\n\nHe said: “It's an \
             horrendous situation.”",
            &["It's an horrendous situation.|full|David Prutton"],
        ),
        // (Across "club-mate" too: "made to Henry's Arsenal club-mate Jose Antonio Reyes".)
        (
            "Spain coach Luis Aragones faces action.\n\nAragones insisted the comments, made \
             to Henry's Arsenal club-mate Jose Antonio Reyes, were meant to motivate the \
             player.\n\n“I never intended to offend anyone,” he said at the time.",
            &["I never intended to offend anyone,|full|Luis Aragones"],
        ),
        // (A year before the title too: "against 2004 French Open champion Gaudio".)
        (
            "Roger Federer dropped a tight first set against 2004 French Open champion \
             Gaston Gaudio, but was content with his game. “It was about getting used to \
             the surface,” he said.",
            &["It was about getting used to the surface,|full|Roger Federer"],
        ),
        // A title names the person holding it who was mentioned last.
        (
            "Former president Eduard Shevardnadze left in 2003. President Mikheil \
             Saakashvili was elected in January. “There are people who have money,” the \
             president told a government session.",
            &["There are people who have money,|full|Mikheil Saakashvili"],
        ),
        // A pronoun after a sentence whose subject is a described person (no name)
        // refers to that person, not to someone named before.
        (
            "Tom Lee founded the label in 1990. A spokesman for the music industry said \
             the chart was due soon. “Work is going on across the business,” he said.",
            &["Work is going on across the business,|full|A spokesman"],
        ),
        (
            "Jane Roe chairs the board. A Home Office spokeswoman said the rules were \
             clear. “We apply the law as it stands,” she said.",
            &["We apply the law as it stands,|full|A Home Office spokeswoman"],
        ),
        (
            "A Department for Education and Skills spokeswoman said the venture had been \
             bold. “It was not the only one to lose out,” she said.",
            &[
                "It was not the only one to lose out,|full|A Department for Education and \
               Skills spokeswoman",
            ],
        ),
        (
            "Lord Condon, head of the International Cricket Council's anti-corruption \
             unit, who first made the call, said the penalty was “derisory and far too \
             low”.",
            &["derisory and far too low|partial|Condon"],
        ),
        (
            "Dee Hale hosted the show. The BBC spokeswoman said the new series would be a \
             priority. “That's very much on the cards for next year,” she said.",
            &["That's very much on the cards for next year,|full|The BBC spokeswoman"],
        ),
        // The person a described title resolves to must have the pronoun's gender.
        (
            "Tom Hale runs a law firm. Mary Rowe, the party leader, backed him. The party \
             leader had insisted that the work was legal. But on Friday he said: “I have \
             resigned as a partner.”",
            &["I have resigned as a partner.|full|Tom Hale"],
        ),
        // (After an opening adverb: "However, one dealer, who …, told Reuters".)
        (
            "Nick Bubb, an analyst, said profits looked safe. However, one dealer, who \
             asked not to be named, told Reuters sales were “not what people had hoped \
             for”. “Christmas has been tough for the whole sector,” he said.",
            &[
                "not what people had hoped for|partial|one dealer",
                "Christmas has been tough for the whole sector,|full|one dealer",
            ],
        ),
        (
            "A spokesman said the firm was sound. Tom Lee, its chief, disagreed. “We are \
             in trouble,” he said.",
            &["We are in trouble,|full|Tom Lee"],
        ),
        (
            "Jane Roe chairs the board. A Home Office spokesman said the rules were clear. \
             “We apply the law as it stands,” she said.",
            &["We apply the law as it stands,|full|Jane Roe"],
        ),
        // Gender from a noun before the name or in apposition after it.
        (
            "Attallah Shabazz, the daughter of Malcolm X, recalled the eulogy given by \
             Ossie Tembo. “Harlem has come to bid farewell,” she said.",
            &["Harlem has come to bid farewell,|full|Attallah Shabazz"],
        ),
        (
            "Actress Nkem Adebayo thanked director Tunde Okafor. “It was a joy,” she said.",
            &["It was a joy,|full|Nkem Adebayo"],
        ),
        (
            "Nkem Adebayo praised her husband, Tunde Okafor. “He was brave,” she said.",
            &["He was brave,|full|Nkem Adebayo"],
        ),
        (
            "Jane Roe runs the plant. “We are proud of it,” she said.",
            &["We are proud of it,|full|Jane Roe"],
        ),
        (
            "John Smith runs the plant. “We are proud of it,” he said.",
            &["We are proud of it,|full|John Smith"],
        ),
        (
            "Jane Roe met John Smith. “We are proud of it,” he said.",
            &["We are proud of it,|full|John Smith"],
        ),
        (
            "John Smith met Jane Roe. “We are proud of it,” he said.",
            &["We are proud of it,|full|John Smith"],
        ),
        (
            "Peter Dixon spoke. “Costs are rising fast,” Mr Dixon said.",
            &["Costs are rising fast,|full|Peter Dixon"],
        ),
        (
            "Peter Dixon spoke. “Costs are rising fast,” Dixon said.",
            &["Costs are rising fast,|full|Peter Dixon"],
        ),
        (
            "Peter Dixon spoke. “Costs are rising fast,” said Mr. Dixon.",
            &["Costs are rising fast,|full|Peter Dixon"],
        ),
        (
            "Acme Corp. cut jobs. “We regret the decision,” the company said.",
            &["We regret the decision,|full|Acme Corp."],
        ),
        (
            "Acme Corp. cut jobs. “We regret the decision,” it said.",
            &["We regret the decision,|full|Acme Corp."],
        ),
        // "it" after a body's or a statement's quote is that speaker's, though another body
        // is named since, not as a subject.
        (
            "DrKW said the cuts could indicate a “step change in pricing in certain areas” \
             at M&S. “This cannot be good news for margins,” it added.",
            &[
                "step change in pricing in certain areas|partial|DrKW",
                "This cannot be good news for margins,|full|DrKW",
            ],
        ),
        (
            "The laptop was chosen by US magazine Mobile PC. Its list includes the Sony \
             Walkman at number three.\n\n“We included only items that were mobile,” said \
             the magazine.\n\n“We tried to get to the heart of what makes a gadget,” it \
             concluded.",
            &[
                "We included only items that were mobile,|full|Mobile PC",
                "We tried to get to the heart of what makes a gadget,|full|Mobile PC",
            ],
        ),
        (
            "The Conservative Party hired Lynton Crosby. Mr Crosby's statement said: “We \
             are making an impact.” It added: “Labour wants to distract attention.”",
            &[
                "We are making an impact.|full|Mr Crosby's statement",
                "Labour wants to distract attention.|full|Mr Crosby's statement",
            ],
        ),
        // (Not when another body opens a sentence since.)
        (
            "“Drives can be stylish,” said Seagate. Apple launched a player. “It is the \
             first of its kind,” it said.",
            &[
                "Drives can be stylish,|full|Seagate",
                "It is the first of its kind,|full|Apple",
            ],
        ),
        (
            "The FCA fined the bank. “Firms must do better,” according to the watchdog.",
            &["Firms must do better,|full|FCA"],
        ),
        (
            "The Centre for Cities published its report on Monday.\n\n“We need more homes in \
             the north,” the think-tank said.",
            &["We need more homes in the north,|full|Centre for Cities"],
        ),
        (
            "“Firms must do better than this,” the FCA said.",
            &["Firms must do better than this,|full|FCA"],
        ),
        (
            "Acme chief executive Jane Roe spoke. “We will recover,” the chief executive said.",
            &["We will recover,|full|Jane Roe"],
        ),
        (
            "“Sales held up well,” said Acme spokeswoman Jane Roe.",
            &["Sales held up well,|full|Jane Roe"],
        ),
        (
            "“Growth will slow next year,” said Finance Minister Gordon Brown.",
            &["Growth will slow next year,|full|Gordon Brown"],
        ),
        (
            "“I never said that at all,” I said.",
            &["I never said that at all,|full|I"],
        ),
    ];
    check_all(cases);
}

#[test]
fn interrupted_and_continued_quotes() {
    let cases: &[(&str, &[&str])] = &[
        // The rest of a quoted sentence its attribution interrupts is full, as its start is;
        // not words a writer's sentence quotes after its own ("which, he says, “is …”").
        (
            "“We are,” Jane Roe said, “ready for a hard year.” The show is, she says, “a badge \
             I'll wear with honour.”",
            &[
                "We are,|full|Jane Roe",
                "ready for a hard year.|full|Jane Roe",
                "a badge I'll wear with honour.|partial|Jane Roe",
            ],
        ),
        // A quote straight after another one, in the same sentence: the words of the second
        // are not its attribution ("Overall I would say").
        (
            "\"Many think inflation will not be a problem,\" Cary Leahy, an economist at \
             Deutsche Bank, said. \"So there is still a lot of slack,\" \"Overall I would \
             say manufacturing continues to improve,\" Citigroup economist Steven Wieting \
             added.",
            &[
                "Many think inflation will not be a problem,|full|Cary Leahy",
                "So there is still a lot of slack,|full|Cary Leahy",
                "Overall I would say manufacturing continues to improve,|full|Steven Wieting",
            ],
        ),
        // A writer's lead-in naming a person is no continuation.
        (
            "“We made a terrible mistake,” Dana Holt told CNN.\n\nLater, Sam Reed on \
             CNN: “I never said that.”",
            &[
                "We made a terrible mistake,|full|Dana Holt",
                "I never said that.|full|Sam Reed",
            ],
        ),
        // A quote opening a sentence after the writer's sentence that names no one takes
        // the speaker of the reported speech before that (not a verb that reports none).
        (
            "Mr Dein said that he feared too many games were shown. Since 1992, clubs in \
             the Premier League have seen their income soar. “Television has been the \
             driving force.”\n\nFour hours later, Sir Edward called the leader back. The \
             minutes show how the chance evaporated. “The PM said he was bound to tell him.”",
            &[
                "Television has been the driving force.|full|Dein",
                "The PM said he was bound to tell him.|full|",
            ],
        ),
        // ("who they say they are" reports nothing; "told … there are" reports a clause.)
        (
            "Steve Ash, from Activcard, told the BBC News website there are two parts to \
             the process. The most difficult is to ascertain whether an individual is who \
             they say they are.\n\n“The end solution is to combine something the user \
             knows with something they have.”",
            &[
                "The end solution is to combine something the user knows with something they \
               have.|full|Steve Ash",
            ],
        ),
        // A quote after a sentence that ends by naming its one person is that person's.
        (
            "It grew out of research done by the research director Dr Alastair Sibbald. \
             “We are trying to fool your ears.”",
            &["We are trying to fool your ears.|full|Alastair Sibbald"],
        ),
        // A continued quote is its speaker's, not that of the next sentence's own quote.
        (
            "Manager Jon Walton said: “It has been phenomenal. “Every week footfall has \
             grown.” Director Annie Walker said on Saturday: “The stores were heaving.”",
            &[
                "It has been phenomenal.|full|Jon Walton",
                "Every week footfall has grown.|full|Jon Walton",
                "The stores were heaving.|full|Annie Walker",
            ],
        ),
        (
            "“We must tackle the mess,” Barry Sheerman wrote. “The vocational route is \
             weak.” The Qualifications and Curriculum Authority (QCA) has also told the \
             government not to “compromise”.",
            &[
                "We must tackle the mess,|full|Barry Sheerman",
                "The vocational route is weak.|full|Barry Sheerman",
            ],
        ),
        // A quote whose closing mark was left out, right before an attributed one, is
        // that speaker's.
        (
            "Make-up matters more now. “Everybody looked sun-tanned, but that was make-up. \
             “In the new version all these lines showed up,” explains Rick Dane.",
            &[
                "Everybody looked sun-tanned, but that was make-up.|full|Rick Dane",
                "In the new version all these lines showed up,|full|Rick Dane",
            ],
        ),
        // A quote opening a sentence with no attribution and nothing to continue: the
        // person who is the subject of the sentence before speaks.
        (
            "Speaking on his plans, Tom Ferris signalled his intent to move abroad. “I'm \
             30 now and in five years I won't be in this country.”",
            &["I'm 30 now and in five years I won't be in this country.|full|Tom Ferris"],
        ),
        // (Also the last sentence of the paragraph before, when the quote opens its own.)
        (
            "Why the party, then? On this subject, Morris appears almost evangelical.\n\n“I \
             was on a cruise in the Mediterranean and so was the party leader.”",
            &["I was on a cruise in the Mediterranean and so was the party leader.|full|Morris"],
        ),
        // The speech verb of the sentence before may stand late in it.
        (
            "Broadcaster Tom Avans sold his furniture. The prices were steep by a lot of \
             people's standards but Avans said it was not deterring shoppers. “I've sold \
             quite a lot already.”",
            &["I've sold quite a lot already.|full|Tom Avans"],
        ),
        // (Also after the words that qualify the name, a title and an organization's.)
        (
            "Fostering Network executive director Ruth Tamsfield criticised the system. \
             “There is no logic to a system like this one.”",
            &["There is no logic to a system like this one.|full|Ruth Tamsfield"],
        ),
        // (Not a subject that is no person; and a quote before in the paragraph goes on.)
        (
            "The club fell to ninth in the table. “It was a bad day for everyone here.”",
            &["It was a bad day for everyone here.|full|"],
        ),
        (
            "“A good win for us,” said Tom Ferris. Jon Mack scored twice in the game. “He \
             was great today.”",
            &[
                "A good win for us,|full|Tom Ferris",
                "He was great today.|full|Tom Ferris",
            ],
        ),
        // The verb of a relative clause ("Andy Davis, who had advised …") introduces no
        // quote in the next sentence.
        (
            "Hearts winger Saulius Mikoliunas faces a ban.\n\nMikoliunas barged linesman \
             Andy Davis, who had advised the referee to award a penalty. “He was sent off \
             for violent conduct.”",
            &["He was sent off for violent conduct.|full|"],
        ),
        // Nor does a subject the quote speaks of in the third person; a conjunction opening
        // the sentence before is no part of its subject.
        (
            "Bob Marley was to tour Africa in 1981. “In 1991, ten years after his death, he \
             sold more records than ever.”",
            &["In 1991, ten years after his death, he sold more records than ever.|full|"],
        ),
        (
            "David Campese spoke on Monday.\n\nBut he blamed “a lack of talent in the \
             England camp” for the defeat.",
            &["a lack of talent in the England camp|partial|David Campese"],
        ),
        // A title's holder as the subject, named before with that title; not its object.
        (
            "Prime Minister Tony Blair spoke in Gateshead. There were few proposals, \
             although the prime minister talked about a “manifesto aimed at all sections of \
             society”.\n\nVoters met the prime minister and his “new and improved team of \
             ministers”.",
            &[
                "manifesto aimed at all sections of society|partial|Tony Blair",
                "new and improved team of ministers|partial|",
            ],
        ),
        (
            "Andrea Arnold was nominated for an Oscar.\n\nAnd she won't commit to an \
             opinion of Hollywood yet. “I'm just in the middle of it, living day to day.”",
            &["I'm just in the middle of it, living day to day.|full|Andrea Arnold"],
        ),
        // "Then, says Mr Kotamaraja, …": a speaker after a verb inserted between commas.
        (
            "Dina Mehta blogs. “We are building a resource,” she says. Then, says Mr \
             Kotamaraja, the blogging world found out. “All my blogger friends started \
             linking up my site.”",
            &[
                "We are building a resource,|full|Dina Mehta",
                "All my blogger friends started linking up my site.|full|Kotamaraja",
            ],
        ),
        // A paragraph that opens with a quote takes the speaker of reported speech ending
        // the paragraph before ("…, Mr Howard said. ¶ “…”").
        (
            "Fraser Kemp responded: “Britain is working.” The disaster was overshadowing \
             the hopes for the future at this time of the year, Mr Howard said.\n\n“We \
             watched the scenes with disbelief.”",
            &[
                "Britain is working.|full|Fraser Kemp",
                "We watched the scenes with disbelief.|full|Howard",
            ],
        ),
        (
            "“We’re still hiring,” a spokesperson said. “This is about teams.”",
            &[
                "We’re still hiring,|full|a spokesperson",
                "This is about teams.|full|a spokesperson",
            ],
        ),
        (
            "“These layoffs aren’t a retreat,” said Daniel Ives. “They’re an attempt to focus. He wants AI everywhere.”",
            &[
                "These layoffs aren’t a retreat,|full|Daniel Ives",
                "They’re an attempt to focus. He wants AI everywhere.|full|Daniel Ives",
            ],
        ),
        (
            "“The first part is done,” Jane Roe said.\n\n“The second part will take a year.”",
            &[
                "The first part is done,|full|Jane Roe",
                "The second part will take a year.|full|Jane Roe",
            ],
        ),
        (
            "“We won,” said Jane Roe. “We won big,” said Tom Lee.",
            &["We won,|full|Jane Roe", "We won big,|full|Tom Lee"],
        ),
        (
            "“It was a long night,” Jane Roe said.\n\nThe vote ended at dawn.\n\nMarkets opened calmly.\n\n“Nobody slept at all.”",
            &[
                "It was a long night,|full|Jane Roe",
                "Nobody slept at all.|full|",
            ],
        ),
        // A scare quote attributed by a speech verb passes its speaker on to the quote
        // opening the next paragraph.
        (
            "Rhian Beynon of the JCWI said the new rules were “not proportionate”.\n\n\
             “These rules mean the Home Secretary is a marriage registrar.”",
            &["These rules mean the Home Secretary is a marriage registrar.|full|Rhian Beynon"],
        ),
        // Reported speech after a quote is another speaker's story, no attribution.
        (
            "Alan Beith said Whitehall was “acting against the spirit of the Act”. “Both \
             the commissioner and the committee will keep this under review.” Norman Baker \
             said the episode painted an unflattering picture.",
            &[
                "acting against the spirit of the Act|partial|Alan Beith",
                "Both the commissioner and the committee will keep this under review.|full|Alan Beith",
            ],
        ),
        (
            "“You are still very fit after a race,” said Liz Yelling. “So it is possible \
             for Paula.” Hugh Richards also says conditions in New York will be better.",
            &[
                "You are still very fit after a race,|full|Liz Yelling",
                "So it is possible for Paula.|full|Liz Yelling",
            ],
        ),
        // A verb before a colon introduces the next quote.
        (
            "“Sprinters lack pride,” Michael Johnson told Five Live. “They need to \
             race abroad.” However, Linford Christie countered: “It is easy to criticise.”",
            &[
                "Sprinters lack pride,|full|Michael Johnson",
                "They need to race abroad.|full|Michael Johnson",
                "It is easy to criticise.|full|Linford Christie",
            ],
        ),
        (
            "“The vote was rigged,” Mr. Trump wrote on Twitter late on Tuesday.",
            &["The vote was rigged,|full|Trump"],
        ),
        (
            "“The vote was rigged.” Mr. Trump wrote on Twitter late on Tuesday.",
            &["The vote was rigged.|full|Trump"],
        ),
    ];
    check_all(cases);
}

#[test]
fn multi_paragraph_and_unbalanced_quotes() {
    let text = "Jane Roe said: “The first year was hard.\n\n“The second year was harder.\n\n“The third was the best of all.”\n\nShares rose.";
    let doc = Document::parse(text);
    let e = entities(&doc);
    let q = quotes(&doc, &e);
    assert_eq!(q.len(), 1, "{q:?}");
    assert!(doc.slice(q[0].span).starts_with("The first year"));
    assert!(doc.slice(q[0].span).ends_with("best of all."));
    assert_eq!(
        q[0].speaker.as_ref().map(|s| s.name.as_str()),
        Some("Jane Roe")
    );

    // An unmatched mark does not derail the next paragraph.
    check(
        "Jane Roe said: “The plan was flawed from the start.\n\nMarkets fell. “We will fix it,” Tom Lee said.",
        &["We will fix it,|full|Tom Lee"],
    );
    check(
        "The “plan was flawed, he said.\n\n“We will fix it,” Tom Lee said.",
        &["We will fix it,|full|Tom Lee"],
    );
    // A quote run on into the next paragraph that leaves out its closing mark before a
    // new opener there ends at its last sentence, and keeps its speaker.
    check(
        "Tom Lee said: \"We won the case. \"The singer was given everything he asked \
         for.\n\n\"I had hoped to stay in music. \"I always dreamt of a label. There is \
         no loyalty.\"\n\nShares rose.",
        &[
            "We won the case.|full|Tom Lee",
            "The singer was given everything he asked for.\n\n\"I had hoped to stay in \
             music.|full|Tom Lee",
            "I always dreamt of a label. There is no loyalty.|full|Tom Lee",
        ],
    );
    // A partial quote of a long sentence whose closing mark is left out before a new
    // opener ends there too; the person after a doer's description between commas
    // speaks.
    check(
        "The UN's emergency relief coordinator, Jan Egeland, said that \"this may be the \
         worst disaster in recent history because it hits so many coastal areas. \"Many \
         people will have lost their livelihoods.\" Shares fell.",
        &[
            "this may be the worst disaster in recent history because it hits so many \
             coastal areas.|partial|Jan Egeland",
            "Many people will have lost their livelihoods.|full|Jan Egeland",
        ],
    );
    // (Not a short one: "a disaster. " opens no quote of its own.)
    check(
        "He called it \"a disaster. \"We will fix it,\" Tom Lee said.",
        &["We will fix it,|full|Tom Lee"],
    );
}

#[test]
fn marks_and_apostrophes() {
    let cases: &[(&str, &[&str])] = &[
        // A quote nested with the same curly marks stays inside the outer quote.
        (
            "“Trump's absurd claim that a peace deal “has to do with whether Israel will \
             give things up” makes clear he has no clue,” wrote Morton Klein.",
            &[
                "Trump's absurd claim that a peace deal “has to do with whether Israel will \
                 give things up” makes clear he has no clue,|full|Morton Klein",
            ],
        ),
        // A partial quote left open before a full one is not a nest.
        (
            "Jane Roe called it “a disaster and said “We must act now.”",
            &["We must act now.|full|Jane Roe"],
        ),
        (
            "\"We are hiring,\" said Jane Roe.",
            &["We are hiring,|full|Jane Roe"],
        ),
        (
            "``We are hiring,'' said Jane Roe.",
            &["We are hiring,|full|Jane Roe"],
        ),
        (
            "''We are hiring,'' said Jane Roe.",
            &["We are hiring,|full|Jane Roe"],
        ),
        // (A wire's marks before "said X" make X a speaker as "…" does: the "he" that follows
        // is X, not the man X advised.)
        (
            "''It is a great tax,'' said Douglas Hale, a former adviser to President George W. \
             Bush and a former director of the budget office. But ''it is a better use of \
             capital,'' he added.",
            &[
                "It is a great tax,|full|Douglas Hale",
                "it is a better use of capital,|partial|Douglas Hale",
            ],
        ),
        (
            "It’s the firm’s view that the ’90s won’t return, Jane Roe’s team said.",
            &[],
        ),
        (
            "“Jane’s plan isn’t the ’90s plan,” Tom Lee said.",
            &["Jane’s plan isn’t the ’90s plan,|full|Tom Lee"],
        ),
        (
            "“He told me ‘no way’ and left,” Tom Lee said.",
            &["He told me ‘no way’ and left,|full|Tom Lee"],
        ),
        (
            "\"He told me 'no way' and left,\" Tom Lee said.",
            &["He told me 'no way' and left,|full|Tom Lee"],
        ),
        ("The workers' union and the owners' group met.", &[]),
        // An article with no double marks quotes with single ones, curly or straight;
        // apostrophes, possessives and elisions stay inside.
        (
            "‘We couldn’t let it go,’ said Sarah Pickthall. ‘It’s the Harts’ shop since \
             the ’90s.’",
            &[
                "We couldn’t let it go,|full|Sarah Pickthall",
                "It’s the Harts’ shop since the ’90s.|full|Sarah Pickthall",
            ],
        ),
        (
            "James Alcock said: 'The players' union is angry. We won't stop.' Mr \
             Alcock's firm agreed.",
            &["The players' union is angry. We won't stop.|full|James Alcock"],
        ),
        (
            "Jane Roe said: ‘We are still hiring.\n\n‘It is about teams, not cuts.’",
            &["We are still hiring.\n\n‘It is about teams, not cuts.|full|Jane Roe"],
        ),
    ];
    check_all(cases);
}

#[test]
fn news_passages() {
    let cases: &[(&str, &[&str])] = &[
        // A scare quote earlier in the sentence does not hide its speech verb.
        (
            "The mayor also said that she pictured a “quiet evening” and knowing that “the work we did here gave the town a cleaner river.”",
            &["the work we did here gave the town a cleaner river.|partial|The mayor"],
        ),
        (
            "Later on Sunday, Dana Whitlow posted a flyer for a 2002 lecture called “Tides” on her website, writing “Here is the flyer for the class you claim never existed.”",
            &["Here is the flyer for the class you claim never existed.|full|Dana Whitlow"],
        ),
        (
            "The senator will play the “outsider card,” Whitlow said, adding that the way to beat him “is to attack his record.”",
            &["is to attack his record.|partial|Whitlow"],
        ),
        (
            "Harbor Board spokeswoman Lena Marsh conceded there were “grey areas” but said “these are not as big as the airlines say.”",
            &["these are not as big as the airlines say.|partial|Lena Marsh"],
        ),
        (
            "“Is the council even listening? Who is it talking to?” reacted Dana Whitlow.",
            &["Is the council even listening? Who is it talking to?|full|Dana Whitlow"],
        ),
        (
            "Helen Marsh, chief executive of Northfield, said the closure was “a painful decision for all of us.”",
            &["a painful decision for all of us.|partial|Helen Marsh"],
        ),
        (
            "“We tried everything,” said Helen Marsh, chief executive of Northfield. “Nothing worked.”",
            &[
                "We tried everything,|full|Helen Marsh",
                "Nothing worked.|full|Helen Marsh",
            ],
        ),
        (
            "Union leaders called the plan “a betrayal of loyal staff” and promised to fight.",
            &["a betrayal of loyal staff|partial|Union leaders"],
        ),
        (
            "“The economy is at a pause,” Economy Minister Heizo Takenaka told reporters.",
            &["The economy is at a pause,|full|Heizo Takenaka"],
        ),
        (
            "“The recovery will resume next year,” the OECD said in its report.",
            &["The recovery will resume next year,|full|OECD"],
        ),
        (
            "However, the report warned: “It remains to be seen whether Europe will recover.”",
            &["It remains to be seen whether Europe will recover.|full|the report"],
        ),
        (
            "“Supported by strong profits, investment should continue,” it added.",
            &["Supported by strong profits, investment should continue,|full|it"],
        ),
        (
            "The Kestrel Group said on Monday it would sell the unit. “The sale makes sense for us,” the group said.",
            &["The sale makes sense for us,|full|Kestrel Group"],
        ),
        (
            "“There is no question about it,” Senator Ann Walsh told the committee on Tuesday.",
            &["There is no question about it,|full|Ann Walsh"],
        ),
        (
            "“The clear winner was the market,” observed Joel Park of the Lakeshore Times.",
            &["The clear winner was the market,|full|Joel Park"],
        ),
        (
            "In a statement, Orchard Bank said: “Customers will not be affected by the change.”",
            &["Customers will not be affected by the change.|full|Orchard Bank"],
        ),
        (
            "President Jane Roe released the following statement: “We mourn a great colleague today.”",
            &["We mourn a great colleague today.|full|Jane Roe"],
        ),
        (
            "“She’s wrong about the numbers!” Tom Lee wrote on Twitter.",
            &["She’s wrong about the numbers!|full|Tom Lee"],
        ),
        (
            "Tom Lee, who chairs the panel, said the bill was “dead on arrival in the Senate.”",
            &["dead on arrival in the Senate.|partial|Tom Lee"],
        ),
        (
            "Tom Lee has also repeatedly called for “boots on the ground in the region.”",
            &["boots on the ground in the region.|partial|Tom Lee"],
        ),
        (
            "“Is that all there is?” asked Maria Costa, a retired teacher.",
            &["Is that all there is?|full|Maria Costa"],
        ),
        (
            "“Investors have been waiting for this for years,” said Raj Patel, a fund manager at Orchard Capital. “It is a relief.”",
            &[
                "Investors have been waiting for this for years,|full|Raj Patel",
                "It is a relief.|full|Raj Patel",
            ],
        ),
        (
            "Raj Patel spoke first. Maria Costa then rose. “I disagree with every word,” she said.",
            &["I disagree with every word,|full|Maria Costa"],
        ),
        (
            "Maria Costa spoke first. Raj Patel then rose. “I disagree with every word,” she said.",
            &["I disagree with every word,|full|Maria Costa"],
        ),
        (
            "“When I look at somebody like Raj Patel, I see a fighter,” Maria Costa said.",
            &["When I look at somebody like Raj Patel, I see a fighter,|full|Maria Costa"],
        ),
        (
            "Maria Costa spoke. “When I look at somebody like Raj Patel, I see a fighter,” she said.",
            &["When I look at somebody like Raj Patel, I see a fighter,|full|Maria Costa"],
        ),
        (
            "Mr. Patel disagreed. ''It does give an advantage to serious people,'' Mr. Patel said.",
            &["It does give an advantage to serious people,|full|Patel"],
        ),
        (
            "\"Our goal is to win,\" said coach Ann Walsh. \"Nothing else matters.\"",
            &[
                "Our goal is to win,|full|Ann Walsh",
                "Nothing else matters.|full|Ann Walsh",
            ],
        ),
        (
            "A spokesman for Orchard Bank said: \"We do not comment on rumours.\"",
            // The organization a spokesman speaks for is the speaker.
            &["We do not comment on rumours.|full|Orchard Bank"],
        ),
        (
            "When Wallace died, President Bill Clinton released the following statement:\n\n“We offer our condolences to his family and friends.”",
            &["We offer our condolences to his family and friends.|full|Bill Clinton"],
        ),
        (
            "“Super PACs have been setting the table,” in sharp contrast to earlier races, says Dante Scala, a political scientist.",
            &["Super PACs have been setting the table,|full|Dante Scala"],
        ),
        (
            "\"This campaign is changing politics,\" Jeff Weaver, Sanders' campaign manager, said.",
            &["This campaign is changing politics,|full|Jeff Weaver"],
        ),
        (
            "“We will win this state,” said pollster Frank Luntz.",
            &["We will win this state,|full|Frank Luntz"],
        ),
        (
            "“Integration increases over time,” the report concluded.",
            &["Integration increases over time,|full|the report"],
        ),
        (
            "“Trust in the data, but always check it,” one sign read.",
            &["Trust in the data, but always check it,|full|one sign"],
        ),
    ];
    check_all(cases);
}

#[test]
fn clauses_participles_and_objects_are_not_speakers() {
    let cases: &[(&str, &[&str])] = &[
        // With no speech verb, the words are the subject's, not those of the person the
        // verb is about.
        (
            "Mary Lowe, the magazine's deputy editor, met reporters on Monday. Lowe \
             credited Angela Merkel with keeping “the whole union together” all year.",
            &["the whole union together|partial|Mary Lowe"],
        ),
        (
            "Senator Tom Hadley praised Governor Ruth Abbot as “a leader who listens to \
             every county”.",
            &["a leader who listens to every county|partial|Tom Hadley"],
        ),
        // A preposition opens no speaker: "given demand" is no "analysts demand".
        (
            "Maria Kowal, an analyst at the bank, said the loss was “painful but \
             manageable” given demand from retailers.",
            &["painful but manageable|partial|Maria Kowal"],
        ),
        (
            "Paul Dorn said the deal was “a fair price” despite warnings from Ernst & \
             Young.",
            &["a fair price|partial|Paul Dorn"],
        ),
        (
            "The sports daily Marca ran the story. Like the others, Marca criticises Gary \
             Neale for “leaving a message on the winger's ankle”.",
            &["leaving a message on the winger's ankle|partial|Marca"],
        ),
        (
            "At the hearing, Thomas said his aides “made a mistake” by reading Clinton's \
             files, but that the board's decision to cut off the campaign was “a \
             disgraceful act.”",
            &[
                "made a mistake|partial|Thomas",
                "a disgraceful act.|partial|Thomas",
            ],
        ),
        (
            "Gerry Moss said Mr Hart had spoken with “such sincerity”, adding: “He \
             listened to everyone in the room.”",
            &["He listened to everyone in the room.|full|Gerry Moss"],
        ),
        // … but a participle spoken to someone after the reported clause is its subject's.
        (
            "The star witness, Scott Sullivan, has said that Mr Ebbers ordered adjustments, \
             telling him to “hit our books now”.",
            &["hit our books now|partial|Ebbers"],
        ),
        // With no one named in the sentence, its pronoun subject speaks; a passive's does
        // not.
        (
            "Sharon Kemp spoke. She expressed her anger at the person who “has not worked \
             and wants to take what is yours”.",
            &["has not worked and wants to take what is yours|partial|Sharon Kemp"],
        ),
        (
            "Al Dunn was appointed. He is described as “a proud grandfather of four”.",
            &["a proud grandfather of four|partial|"],
        ),
        // Or a named organization subject (not over a relative clause).
        (
            "The Kestrel Heritage Museum issued a report charging the militia with \
             “crimes against humanity”.",
            &["crimes against humanity|partial|Kestrel Heritage Museum"],
        ),
        (
            "The Commission faces a challenge from the Kestrel Airlines Association, which \
             has attacked the package as a “bad piece of legislation”.",
            &["bad piece of legislation|partial|"],
        ),
        // "continue" alone is no cue (unlike "continued", "continues").
        (
            "Mike Harwood spoke. Mr Harwood argues the state is too big and cannot \
             continue “down the path of ever rising taxes”.",
            &["down the path of ever rising taxes|partial|Mike Harwood"],
        ),
        // Nor a participle after a plain noun: "an election predicted for next May".
        (
            "Tory spokesman Dan Davis said the plans were “little more than a costly PR \
             exercise” ahead of a general election predicted for next May.",
            &["little more than a costly PR exercise|partial|Dan Davis"],
        ),
        // A noun is no cue: "a highly critical report", "recent comments".
        (
            "The agency published a highly critical report on the board, which “has now \
             failed its own staff”.",
            &["has now failed its own staff|partial|"],
        ),
        (
            "Despite recent comments by the board, the time is “ripe for a change”.",
            &["ripe for a change|partial|"],
        ),
        // A participle after a scare quote speaks for the sentence's subject before it.
        (
            "Ann Kerr will sing. Ray Dale attended the school. Kerr said she was “very \
             excited”, describing Dale as “an artist I admire and miss”.",
            &["an artist I admire and miss|partial|Ann Kerr"],
        ),
        // (Not over a subject of its own after the quote.)
        (
            "Ted Crane said he would make the sand “glow in the dark,” for instance, and \
             Don Tramp vowed to “bomb the hell” out of them.",
            &[
                "glow in the dark,|partial|Ted Crane",
                "bomb the hell|partial|Don Tramp",
            ],
        ),
        // But the person a speaking verb follows says the words ("mocked Jones for
        // saying"), and so does the one a relative clause is about.
        (
            "Critics mocked Peter Jones for saying the plan was “a work of genius”.",
            &["a work of genius|partial|Peter Jones"],
        ),
        (
            "Carla Diaz met Omar Haddad, who called the deal “a betrayal of the workers”.",
            &["a betrayal of the workers|partial|Omar Haddad"],
        ),
        (
            "Ana Ruiz was questioned by committee chairman Ben Tate whether the scheme \
             would risk “adding another costly layer to the budget.”",
            &["adding another costly layer to the budget.|partial|Ben Tate"],
        ),
        (
            "Frank Gill was shaken by Mr Dunn's suggestion that the rules should be \
             “thrown out and started again”.",
            &["thrown out and started again|partial|Dunn"],
        ),
        // Nor does a sentence that turns to another story ("Meanwhile, …").
        (
            "Rafa Benito said: “I told Steven I was sure he wanted to stay.” “Now we \
             must make the squad stronger for him.” Meanwhile, Gerrard has urged the \
             board to sign a striker.",
            &[
                "I told Steven I was sure he wanted to stay.|full|Rafa Benito",
                "Now we must make the squad stronger for him.|full|Rafa Benito",
            ],
        ),
        // A passive verb in the next sentence attributes nothing.
        (
            "“I acted on impulse,” Ozzy Osmond said. “It could have been a lot worse.” A \
             £100,000 reward has been offered for information.",
            &[
                "I acted on impulse,|full|Ozzy Osmond",
                "It could have been a lot worse.|full|Ozzy Osmond",
            ],
        ),
        // Nor does a verb with an object of its own.
        (
            "“People are working harder just to stand still,” Mike Howe said. “They are \
             squeezed by taxes.” The government has announced plans to cut 100,000 civil \
             servants.",
            &[
                "People are working harder just to stand still,|full|Mike Howe",
                "They are squeezed by taxes.|full|Mike Howe",
            ],
        ),
        // A name and its verb after the cue: reported speech of its own.
        (
            "“I want to go through the tape,” Robinson told the Daily Mail. “I want to \
             speak to the IRB about it.” High claimed Kaplan made three major errors.",
            &[
                "I want to go through the tape,|full|Robinson",
                "I want to speak to the IRB about it.|full|Robinson",
            ],
        ),
        // Before a colon closing the paragraph, the named subject of a speech verb.
        (
            "As the Herald's Joe Pollard reported after the FBI left the scene:\n\n“For \
             example, the government has done almost nothing with the files.”",
            &[
                "For example, the government has done almost nothing with the files.|full|Joe Pollard",
            ],
        ),
        // Where words were said, before a colon, is no speaker; after such a lead-in the
        // quote opening the next paragraph goes on with the speaker before.
        (
            "“We made a terrible mistake going in,” Tom Rand told reporters in October.\n\n\
             Then, later that month on CNN: “I never said we made a mistake going in.”",
            &[
                "We made a terrible mistake going in,|full|Tom Rand",
                "I never said we made a mistake going in.|full|Tom Rand",
            ],
        ),
        // So does a quote opening a sentence in the next paragraph, when the writer's words
        // before it name no one else; not when they do, nor an unresolved "we".
        (
            "“We must watch the quality of the product,” said managing director Dan Hale.\n\n\
             The club is funding its move through debt. “We have got a very good product, \
             so we go and look at these markets.”",
            &[
                "We must watch the quality of the product,|full|Dan Hale",
                "We have got a very good product, so we go and look at these markets.|full|Dan Hale",
            ],
        ),
        (
            "“We must watch the quality of the product,” said managing director Dan Hale.\n\n\
             The club's coach, Ray Dunn, has other plans. “We have got a very good product, \
             so we go and look at these markets.”",
            &[
                "We must watch the quality of the product,|full|Dan Hale",
                "We have got a very good product, so we go and look at these markets.|full|",
            ],
        ),
        // (A partial quote no one speaks between them neither stops nor takes it.)
        (
            "“Ageism is a pernicious form of discrimination,” said Alan Jones.\n\nThe \
             government wants retirement ages “consigned to the past”. “We're sweeping them \
             away for people under 65.”",
            &[
                "Ageism is a pernicious form of discrimination,|full|Alan Jones",
                "consigned to the past|partial|",
                "We're sweeping them away for people under 65.|full|Alan Jones",
            ],
        ),
        (
            "“What we should ask is who has God anointed,” we said.\n\nThe leader further \
             related that it occurred to him. “I sensed the Lord tell me to look at Isaiah.”",
            &[
                "What we should ask is who has God anointed,|full|we",
                "I sensed the Lord tell me to look at Isaiah.|full|",
            ],
        ),
        // The subject of a passive speech verb is the one spoken to.
        (
            "Wheelchair user Kevin Dolan was asked: “Why on earth do you want to be \
             elected?”",
            &["Why on earth do you want to be elected?|full|"],
        ),
        (
            "Jane Hale told researchers: “You only got on because you are a woman.” \
             Another member says she was told: “Who have you been sleeping with?”",
            &[
                "You only got on because you are a woman.|full|Jane Hale",
                "Who have you been sleeping with?|full|",
            ],
        ),
        // A trailing attribution does not reach back over a quote that closes a sentence
        // of its own (here the initial "H." hides the sentence's end).
        (
            "Conservative co-chairman Liam Fox derided the photo call, saying: “The show \
             was the worst acting I have seen since Cell Block H.” Labour had broken its \
             promises 66 times, he said.",
            &["The show was the worst acting I have seen since Cell Block H.|full|Liam Fox"],
        ),
        // A speech verb inside a clause of the next sentence ("that whatever Europe
        // says") attributes nothing; a trailing one after a comma does.
        (
            "“We welcome his words,” said Jose Almar. “If the imbalances stay, markets will \
             act.” Economists point out that whatever Europe says, a weak dollar helps.",
            &[
                "We welcome his words,|full|Jose Almar",
                "If the imbalances stay, markets will act.|full|Jose Almar",
            ],
        ),
        (
            "Ann Blears spoke to MPs. “Some hide behind Islam.” It was a reality that should \
             be recognised, she said.",
            &["Some hide behind Islam.|full|Ann Blears"],
        ),
        // "said 12 senior staff …": a number opens the next sentence's own clause.
        (
            "“We have a solid base,” said chief executive Bill Orme. “The restatement was \
             a monumental task.” The company also said 12 senior staff - none of them \
             involved - must repay bonuses.",
            &[
                "We have a solid base,|full|Bill Orme",
                "The restatement was a monumental task.|full|Bill Orme",
            ],
        ),
        // A sentence after a closed quote that reports its own clause ("told Channel 4's
        // news he thought …") does not attribute the quote: the paragraph's speaker does.
        (
            "Board member Ann Ruddock said she was surprised. “He should have gone by \
             now.” Asked about it on Monday Mr Hale told Channel 4's news he thought it \
             was a “non-story”.",
            &["He should have gone by now.|full|Ann Ruddock"],
        ),
        // A speech verb in a relative clause that ends long before the quote is not its
        // attribution: the main clause's verb is ("Jane Roe said the way the firm treated
        // staff who complained about pay “would be a scandal”").
        (
            "Jane Roe, a lawyer and former adviser to the board, said the way the firm \
             treated staff who complained about their pay in the 1990s “would be a scandal \
             today”.",
            &["would be a scandal today|partial|Jane Roe"],
        ),
        (
            "The plan was backed by Tom Lee, who told the BBC: “We will build it.”",
            &["We will build it.|full|Tom Lee"],
        ),
        // A noun after a possessive is no verb: "the government's pre-Budget report".
        (
            "A day ahead of the government's pre-Budget report, Mr Cole used a speech to \
             warn of “painful economic realities”.",
            &["painful economic realities|partial|Cole"],
        ),
        // "said talks … revealed": the verb is the sentence's subject's, not a speaker.
        (
            "Chief Carl Wills said talks with Disney's producers revealed there was “a strong \
             element of violence in the script”.",
            &["a strong element of violence in the script|partial|Carl Wills"],
        ),
        // "…, he said, adding …": the participle speaks for the subject of the verb
        // before it.
        (
            "Tom Hale spoke to the crowd. The important thing was action, he said, adding \
             that only “six or seven million” had been spent.",
            &["six or seven million|partial|Tom Hale"],
        ),
        // A possessive in "s'" before the speaker's name.
        (
            "“We are long-term investors,” Atticus' David Slager told the Sunday Times.",
            &["We are long-term investors,|full|David Slager"],
        ),
        // "X quoted Y as saying": Y speaks.
        (
            "“Our reforms have created a new generation,” Arab News quoted Prince Saud as \
             saying.",
            &["Our reforms have created a new generation,|full|Saud"],
        ),
        (
            "“They moved so quickly it caught HSBC by surprise,” the Financial Times \
             quoted an insider in the talks as saying.",
            &["They moved so quickly it caught HSBC by surprise,|full|an insider"],
        ),
        (
            "Rover needs cash. “We will invest in the business,” the newspaper quotes a \
             source close to the Chinese firm.",
            &["We will invest in the business,|full|a source close to the Chinese firm"],
        ),
        // "calling the two lengthy investigative reports “…”": a plural noun after a
        // number and its adjectives is no verb.
        (
            "Late last month, the company wrote a letter to the dean, calling the two \
             lengthy investigative reports “inaccurate and deliberately misleading.”",
            &["inaccurate and deliberately misleading.|partial|the company"],
        ),
        // An adjective in "-ous" is no plural: "his famous demand" is a noun phrase; a
        // name inside quotes is no subject.
        (
            "Ronald Reagan was known for his hatred of what he called the Soviet “Evil \
             Empire,” voiced in his famous demand in Berlin in 1987: “Mr. Gorbachev, tear \
             down this wall!”",
            &["Mr. Gorbachev, tear down this wall!|full|Ronald Reagan"],
        ),
        // "calling it “dangerous” that Obama “…”": a describing participle speaks for the
        // sentence's subject, not for the name before the quote.
        (
            "Donald Trump spoke. Barack Obama listened. After the Paris attacks, Trump \
             released a radio ad calling it “dangerous” that Obama “has no strategy to \
             defeat ISIS.”",
            &["has no strategy to defeat ISIS.|partial|Donald Trump"],
        ),
        // "calling for a “…”" is a demand, no description.
        (
            "They were arrested at Munich University calling for a “day of reckoning with \
             the regime”.",
            &["day of reckoning with the regime|partial|"],
        ),
        // A participle's agent in the subject is the speaker phrase.
        (
            "A message sent to security firm Kestrel by Acme's security team said: “We can \
             and should do better.”",
            &["We can and should do better.|full|Acme's security team"],
        ),
        // "phone calls over the net" is the noun, no description.
        (
            "Technically it is a disaster to make phone calls over the net using “voice \
             over internet protocol”.",
            &["voice over internet protocol|partial|"],
        ),
        // A conjunction after a quote opens another clause, with its own speaker.
        (
            "Ted Cruz accuses Barack Obama of “leading from behind on terror” and Donald \
             Trump says he is “losing the war on terrorism”.",
            &[
                "leading from behind on terror|partial|Ted Cruz",
                "losing the war on terrorism|partial|Donald Trump",
            ],
        ),
        (
            "“Shares are falling,” said one trader. “If they drop lower I would buy.” \
             Critics had accused Mr Hariri of using the rebuilding for his own gain.",
            &[
                "Shares are falling,|full|one trader",
                "If they drop lower I would buy.|full|one trader",
            ],
        ),
        (
            "“Campaigns are having trouble raising money. Super PACs have the money. They \
             don't have a choice” but to take the lead, says Evan Tracey.",
            &[
                "Campaigns are having trouble raising money. Super PACs have the money. \
                 They don't have a choice|full|Evan Tracey",
            ],
        ),
        // "went on to say": the subject of "went on" speaks.
        (
            "Ben Hale criticised the press. He went on to say Mary Rowe's conduct is “very \
             different from someone misreading a date.”",
            &["very different from someone misreading a date.|partial|Ben Hale"],
        ),
        // A passive speech verb: its agent speaks, not its subject.
        (
            "A ring bought as a gift for their son was described by Sharon Hale as “one of \
             the finest stones ever cut”.",
            &["one of the finest stones ever cut|partial|Sharon Hale"],
        ),
        (
            "The autumn tour was cited as “a highly crafted production of real \
             ambition”.",
            &["a highly crafted production of real ambition|partial|"],
        ),
        // The agent after the quote: "branded “…” by the Liberal Democrats".
        (
            "Plans to store nuclear waste in the UK have been branded “deeply \
             irresponsible and reckless” by the Liberal Democrats.",
            &["deeply irresponsible and reckless|partial|Liberal Democrats"],
        ),
        (
            "The talk of an early election has been described as “idle press \
             speculation” by Peter Hale.",
            &["idle press speculation|partial|Peter Hale"],
        ),
        (
            "The offer was deemed “not in the best interests of the company” by the \
             board.",
            &["not in the best interests of the company|partial|the board"],
        ),
        (
            "Film distributors have hailed the verdict as “a major boost for us”.",
            &["a major boost for us|partial|Film distributors"],
        ),
        // "label" is mostly a noun: "signed to his F4 label".
        (
            "Tony Hale believes the band - signed to his F4 label - will “complete the \
             hat-trick for him”.",
            &["complete the hat-trick for him|partial|Tony Hale"],
        ),
        (
            "The club was “shaken to its core” by the Ferris report.",
            &["shaken to its core|partial|"],
        ),
        // "Beijing, which described …": the relative pronoun's antecedent.
        (
            "The move was welcomed at the time by Acme Holdings, which described the \
             embargo as a “product of the Cold War”.",
            &["product of the Cold War|partial|Acme Holdings"],
        ),
        // "said she …": a clause of the sentence's own, no attribution of the quote before.
        (
            "Mr Hale thought the former solicitor deserved a chance. “He could join the \
             rest of them in Parliament.” But Ms Connolly said she “would not trust him at \
             all”.",
            &[
                "He could join the rest of them in Parliament.|full|Hale",
                "would not trust him at all|partial|Connolly",
            ],
        ),
        // "declined to say whether": no attribution of the quote before.
        (
            "Jo Hart said the scheme must change. “People are living longer and pensions cost \
             more.” On Monday, the prime minister's spokesman declined to say whether he \
             backed the plans.",
            &["People are living longer and pensions cost more.|full|Jo Hart"],
        ),
        // A plural noun after a name after a preposition is no verb: "at Labour claims".
        (
            "Michael Howard said: “We will cut taxes for all.” He hit back at Labour claims \
             he had used her as a “human shield”. “She is not a human shield, she is a \
             human being.”",
            &[
                "We will cut taxes for all.|full|Michael Howard",
                "She is not a human shield, she is a human being.|full|Michael Howard",
            ],
        ),
        // A quote whose closing mark is left out before the next quote's opening one:
        // the next quote's words are no attribution of the first.
        (
            "Jo Hart, a registrar, said the law was fair. \"It is not as hard as in France. \
             \"I think it is a proportionate response to a large problem.\"",
            &[
                "It is not as hard as in France.|full|Jo Hart",
                "I think it is a proportionate response to a large problem.|full|Jo Hart",
            ],
        ),
        // A paragraph that is all quote takes the speaker of the reported speech that
        // ends the paragraph before.
        (
            "Ann Vale, an editor at Screen, says old shows make safe remakes.\n\n\
             \"I can understand why studios remake them. But I think it is backfiring.\"",
            &[
                "I can understand why studios remake them. But I think it is backfiring.|full|Ann Vale",
            ],
        ),
        // A title with "for" before the name; a participle after "with" and its noun.
        (
            "\"The days of flying as a luxury are over,\" the minister for civil aviation \
             Praful Rao said.",
            &["The days of flying as a luxury are over,|full|Praful Rao"],
        ),
        (
            "Downing Street defended the honours, with a spokesperson saying: \"You have to \
             look at their whole career.\"",
            &["You have to look at their whole career.|full|a spokesperson"],
        ),
        // Attribution by manner of speaking.
        (
            "\"You can call it a peace dividend,\" smiles one broker.",
            &["You can call it a peace dividend,|full|one broker"],
        ),
        // A noun in "-ing" before a role; an aside between dashes.
        (
            "\"Sales are slowing,\" Acme housing spokesman Ian Berry said. \"We used to \
             see this,\" Andrei Volkov - then adviser to the president - told reporters.",
            &[
                "Sales are slowing,|full|Ian Berry",
                "We used to see this,|full|Andrei Volkov",
            ],
        ),
        // A title before the person holding it, between commas.
        (
            "Kestrel Mining chairwoman, Meredith Hallam, said the deal was “affordable and \
             workable”.",
            &["affordable and workable|partial|Meredith Hallam"],
        ),
        // "the Argentine state": a noun after a determiner and a nationality, no verb.
        (
            "Mr Ruiz said that the Chilean state would not pay “in the form of a grant”.",
            &["in the form of a grant|partial|Ruiz"],
        ),
        // A clause after the quote has its own subject, not the quote's speaker.
        (
            "Tom Lee said he saw no reason to change course, telling reporters that “we deal with the issues” and that he’d seen steady support from customers.",
            &["we deal with the issues|partial|Tom Lee"],
        ),
        (
            "Jane Roe said the merger could be “the best of both worlds,” giving states more power over the rules.",
            &["the best of both worlds,|partial|Jane Roe"],
        ),
        (
            "Analyst Tom Lee praised the plan. He added that the board “doubled down on its bets” by aggressively using its influence to get states to agree.",
            &["doubled down on its bets|partial|Tom Lee"],
        ),
        (
            "“The rain will come back,” is one common saying here.",
            &["The rain will come back,|full|"],
        ),
        (
            "The old union slogan, “We mean what we say and say what we mean,” faded when their demands were answered.",
            &["We mean what we say and say what we mean,|full|"],
        ),
        // The person of, at or from an organization speaks, not the organization; the
        // one told is the listener.
        (
            "“Everything is going digital,” Jane Roe of the Consumer Electronics Association said.",
            &["Everything is going digital,|full|Jane Roe"],
        ),
        (
            "“Everything is going digital,” Jane Roe at Goldman Sachs said.",
            &["Everything is going digital,|full|Jane Roe"],
        ),
        (
            "“Everything is going digital,” Kirsten Pfeifer from the Consumer Electronics Association, told the BBC.",
            &["Everything is going digital,|full|Kirsten Pfeifer"],
        ),
        (
            "“Everything is going digital,” the Consumer Electronics Association said.",
            &["Everything is going digital,|full|Consumer Electronics Association"],
        ),
        // A participle after a comma speaks for the sentence's subject; its object is the
        // listener or the thing described.
        (
            "Hours later, Jane Roe returned the compliment, telling Reuters, “We have been friends for a long time.”",
            &["We have been friends for a long time.|full|Jane Roe"],
        ),
        (
            "Back in 2010, Tom Lee praised the bank’s managers, telling CNBC: “I wish I could run a bank like that.”",
            &["I wish I could run a bank like that.|full|Tom Lee"],
        ),
        (
            "Rand Paul then interjected, calling Marco Rubio’s child care credit “a welfare transfer payment.”",
            &["a welfare transfer payment.|partial|Rand Paul"],
        ),
        (
            "In an interview last week, Ms. Acosta acknowledged that the debt was confusing and called the golf venture “a great example of what went wrong.”",
            &["a great example of what went wrong.|partial|Acosta"],
        ),
        // "according to its analysis" names a source, not a speaker.
        (
            "Maria Lopez, a party official, said on Tuesday that according to its analysis the party had won most seats, but “we are still counting the seats.”",
            &["we are still counting the seats.|partial|Maria Lopez"],
        ),
        // An apposition before the verb: "Jane Roe, a Texas native who writes …".
        (
            "Jane Roe, a Texas native who writes fiction on the side, once described the contest as “a fight where the loser gets eaten.”",
            &["a fight where the loser gets eaten.|partial|Jane Roe"],
        ),
        // "a wake-up call", "a press call": nouns, not verbs.
        (
            "Citing the crash as a wake-up call for investors and their “dreams of easy money,” the fund shut its doors.",
            &["dreams of easy money,|partial|"],
        ),
        (
            "Jane Roe, on a press call Friday, accused the rival of “misrepresenting what had occurred.”",
            &["misrepresenting what had occurred.|partial|Jane Roe"],
        ),
        (
            "Hillary Clinton responded to the question on Facebook writing, “Yes, I will. That was a poor choice of words.”",
            &["Yes, I will. That was a poor choice of words.|full|Hillary Clinton"],
        ),
        // A sentence after a partial quote does not attribute it.
        (
            "Ted Cruz and Donald Trump used the harshest words on Fox News, with Ted Cruz promising to “carpet bomb them into oblivion.” Yet they have offered no specifics.",
            &["carpet bomb them into oblivion.|partial|Ted Cruz"],
        ),
        // "he" after a new person is introduced refers to that person, not to the
        // previous quote's speaker.
        (
            "“We can only slow these deals down,” Treasury Secretary Tom Lee said.\n\nEdward Marsh, a former tax official, agreed that the agency had little power.\n\n“The agency is holding back the tide with a broom,” he said.",
            &[
                "We can only slow these deals down,|full|Tom Lee",
                "The agency is holding back the tide with a broom,|full|Edward Marsh",
            ],
        ),
        // A surname that is also a common word.
        (
            "Columnist George Will renewed his feud with the candidate.\n\n“The eruption of war is a reminder of the stakes,” Will wrote.",
            &["The eruption of war is a reminder of the stakes,|full|George Will"],
        ),
        // A participle's subject may be a descriptive phrase.
        (
            "The retired surgeon has given no details, saying only that he was “refining some practices and staff assignments.”",
            &["refining some practices and staff assignments.|partial|The retired surgeon"],
        ),
        // A partial quote after a sentence of reported speech continues it.
        (
            "Jane Roe said false stories spread fast. Facts can still win, she said. But usually only when “the truth is more exciting than the lie.”",
            &["the truth is more exciting than the lie.|partial|Jane Roe"],
        ),
        // So does one after a sentence that opens with its speaker, a speech verb and "that"
        // (not a verb denied).
        (
            "Steven Brill has argued that the law was crippled from the outset. As a result, \
             there is still “a very powerful industry that can charge whatever.”",
            &["a very powerful industry that can charge whatever.|partial|Steven Brill"],
        ),
        // Or a reported clause without "that", after a connective.
        (
            "The panel heard from 51 groups. But the committee said an amendment was needed to \
             stop such cases. “In exempting fishing, the government should be careful.”",
            &["In exempting fishing, the government should be careful.|full|the committee"],
        ),
        (
            "Regulators have now said the rules will stay. “We see no reason to change course \
             this year.”",
            &["We see no reason to change course this year.|full|Regulators"],
        ),
        // Not a sentence about what someone said to a listener, nor a denied one.
        (
            "The minister told MPs about the plan. “It was a long night,” one aide recalled.",
            &["It was a long night,|full|one aide"],
        ),
        (
            "The firm never said the plant would close. “We will keep fighting for it.”",
            &["We will keep fighting for it.|full|"],
        ),
        (
            "The taskforce is examining lyrics by eight artists. It would not confirm that \
             Sizzla was among them. One song contains the lyrics “burn the men”.",
            &["burn the men|partial|"],
        ),
        // A person inside a title phrase is no speaker when another closes it.
        (
            "Mike Huckabee spoke in Iowa. “Any candidate needs to make money,” said Huckabee campaign spokesman Hogan Gidley.",
            &["Any candidate needs to make money,|full|Hogan Gidley"],
        ),
        // (Nor one after the speaker and "of": what he spoke of.)
        (
            "Nacho Novo was banned. \"I'm disappointed,\" said Rangers manager Alex McLeish \
             of Novo's punishment.",
            &["I'm disappointed,|full|Alex McLeish"],
        ),
        // (A compound adjective in "-ing" or "-ed" may describe him too.)
        (
            "Contestants faced the panel. “Don't you care about the Inuit?”, implored \
             guitar-toting environmental campaigner Barry Lim.",
            &["Don't you care about the Inuit?|full|Barry Lim"],
        ),
        (
            "Hillary Clinton spoke on Monday. The Clinton campaign, in a Q&A on the e-mail controversy, worded it more carefully: “Her practice was to email officials on their accounts.”",
            &["Her practice was to email officials on their accounts.|full|The Clinton campaign"],
        ),
        // A verb before an infinitive does not attribute.
        (
            "The drug maker ran adverts. In them, the company says the article continues to “needlessly spread fear among patients.”",
            &["needlessly spread fear among patients.|partial|the company"],
        ),
        // The subject right before the verb speaks, not a name in the phrase before it.
        (
            "Acme Pharma Inc. ran adverts. In the adverts, entitled An Open Letter from chief executive Sidney Taurel, the company says the article continues to “needlessly spread fear among patients.”",
            &["needlessly spread fear among patients.|partial|Acme Pharma Inc."],
        ),
        // "the company" is the article's company, not a product named once since.
        (
            "Acme Pharma Inc. ran adverts. Acme Pharma Inc. makes Calmex. In the adverts, the company says the article continues to “spread fear among patients.”",
            &["spread fear among patients.|partial|Acme Pharma Inc."],
        ),
        // "the ministry" is the ministry named before, not the last organization.
        (
            "The Ministry of Communications invited bids. The winner will work with the Iraqi Telecommunications and Post Company. The ministry said it wanted to raise “the very low telephone penetration rate.”",
            &["the very low telephone penetration rate.|partial|Ministry of Communications"],
        ),
        // "the group" is the body a sentence opened by describing: the one named just
        // before the description, or the description itself when it says whose it is
        // ("the trade group for …"), not a body named since nor an older "… Group".
        (
            "China was accused of blocking Google News by the media watchdog, Reporters \
             Without Borders.\n\nThe Paris-based pressure group said the site had been \
             unavailable. Google said it was investigating.\n\n“China is censoring \
             Google News,” said the group in a statement.",
            &["China is censoring Google News,|full|Reporters Without Borders"],
        ),
        (
            "One insurer, UnitedHealth Group, has threatened to leave the exchanges.\n\n\
             While UnitedHealth is a minor player, other insurers are raising alarms. Just \
             this week, the trade group for the Blue Cross plans spelled out its concerns. \
             “The current risk pool is out of balance,” the group wrote.",
            &["The current risk pool is out of balance,|full|the trade group"],
        ),
        (
            "Greenpeace criticised the plan. The campaign group wants a new \
             law.\n\n“This plan is a disaster,” the group said.",
            &["This plan is a disaster,|full|Greenpeace"],
        ),
        // "the government", named by no organization, is no company or party named before.
        (
            "Acme Corp will cut 400 jobs, the Unite union said. The government said it was \
             “monitoring the situation closely.”",
            &["monitoring the situation closely.|partial|The government"],
        ),
        // A description opening the sentence before "he" is the phrase it opens, not a
        // body named after it.
        (
            "Shadow foreign secretary Michael Ancram spoke first. The Tory spokesman also \
             criticised the government for claiming the treaty was simple. “Who are they \
             trying to kid?” he said.",
            &["Who are they trying to kid?|full|Michael Ancram"],
        ),
        // A title resolves to the only person holding it.
        (
            "Founder Stelios Haji-Ioannou has pledged to fight. “It is our right to use our own colour,” the Easyjet founder said.",
            &["It is our right to use our own colour,|full|Stelios Haji-Ioannou"],
        ),
        // A missing closing mark before a new opener.
        (
            "A Northfield Council source said: \"Every day in school counts. \"It is clear that schools are using the tools we gave them.\"",
            &[
                "Every day in school counts.|full|A Northfield Council source",
                "It is clear that schools are using the tools we gave them.|full|A Northfield Council source",
            ],
        ),
        // A question's subject, not the possessor in it.
        (
            "Scott Parker is a voter. Was Parker satisfied with Marco Rubio's answer?\n\n“To a point,” he said.",
            &["To a point,|full|Scott Parker"],
        ),
        // A possessive closing the phrase is no part of the speaker.
        (
            "Voters cheered Republican presidential candidate Donald Trump’s call for “a total and complete shutdown of the border.”",
            &["a total and complete shutdown of the border.|partial|Donald Trump"],
        ),
        // A coordinated verb speaks for the sentence's subject.
        (
            "Jane Roe hired a new manager. She praised those who left but said, “We are in a different game now.”",
            &["We are in a different game now.|full|Jane Roe"],
        ),
        // The object of a preposition is a weaker antecedent than the subject.
        (
            "Jane Roe hired Bob Dees, which led to the exit of former manager Mary Bell.\n\n“We are in a different game now,” she said.",
            &["We are in a different game now,|full|Jane Roe"],
        ),
        // An apposition's phrase stands for the person before it.
        (
            "Matt Braynard, a South Carolina native who writes fiction, calls his method “the only one that works.”",
            &["the only one that works.|partial|Matt Braynard"],
        ),
        // "…, said the days when …" is no inverted attribution.
        (
            "Hemsley, the co-author of a book, said the days when the nation had “a somewhat unifying story” are gone.",
            &["a somewhat unifying story|partial|Hemsley"],
        ),
        // A party label in parentheses stands between the name and the verb.
        (
            "“By moving overseas on paper, the company is gaming the system,” Senate Minority Leader Harry M. Reid (D-Nev.) said in a statement.",
            &["By moving overseas on paper, the company is gaming the system,|full|Harry M. Reid"],
        ),
        // A partial quote in another paragraph does not continue the last speaker.
        (
            "“We will appeal,” said Jane Roe.\n\nThe museum in Washington issued a report this month charging the group with “crimes against humanity and genocide.”",
            &[
                "We will appeal,|full|Jane Roe",
                "crimes against humanity and genocide.|partial|",
            ],
        ),
    ];
    check_all(cases);
}

#[test]
fn partial_quotes_and_non_quotes() {
    let cases: &[(&str, &[&str])] = &[
        // "according to X" closing the clause gives the source of a partial quote; not
        // from another clause, nor for a term of a few words.
        (
            "The band have done “everything in their considerable powers” to stay on top, \
             according to magazine editor Paul Rees. Tom Hale promised not to get “fat, \
             dumb and happy,” and, according to Reuters, once told analysts so.",
            &[
                "everything in their considerable powers|partial|Paul Rees",
                "fat, dumb and happy,|partial|Tom Hale",
            ],
        ),
        (
            "There will be 2.5 million “entertainment and leisure” robots by 2007, \
             according to the UN.",
            &["entertainment and leisure|partial|"],
        ),
        (
            "Meta is moving away from “AI infrastructure expansion” toward products.",
            &["AI infrastructure expansion|partial|"],
        ),
        (
            "Jane Roe called the plan “a bold but risky bet” on Friday.",
            &["a bold but risky bet|partial|Jane Roe"],
        ),
        (
            "Jane Roe said the plan was “a bold but risky bet.”",
            &["a bold but risky bet.|partial|Jane Roe"],
        ),
        ("The so-called “experts” were wrong.", &[]),
        ("He is known as “Big Jim” in town.", &[]),
        ("She starred in “Saturday Night Live” last year.", &[]),
        ("They read “The Wealth of Nations” in class.", &[]),
        // (Also with the comma American papers put inside the marks, when nothing attributes
        // it.)
        (
            "Papers are reading his new book, “Crippled America: How to Make America Great \
             Again,” for clues. Ted Cruz named “Game of Thrones,” “Veep” and “Breaking Bad.”",
            &[],
        ),
        ("A play called “Los Hijos de Trump” opened.", &[]),
        // (Or with the period, inside the writer's sentence, attributed or not; a sentence
        // of capitalized words standing as a quote stays one.)
        (
            "Trump said on NBC's “Meet the Press.” Aides called her “The Chancellor of the \
             Free World.”",
            &[],
        ),
        (
            "The crowd at the rally in Ohio on Sunday shouted: “We Won.”",
            &["We Won.|full|The crowd"],
        ),
        // (Nor one standing mid-sentence that nothing introduces; a headline after "said,"
        // or a colon is text reported.)
        (
            "In his new book, “Doomed to Succeed,” and in an interview, Dennis Ross said \
             the talks failed.",
            &[],
        ),
        (
            "Palin posted it under a headline that said, “ISIS Declares War on Children.”",
            &["ISIS Declares War on Children.|full|Palin"],
        ),
        ("The “AI-first” strategy worked.", &[]),
        (
            "Jane Roe said that “nothing has changed at all.”",
            &["nothing has changed at all.|partial|Jane Roe"],
        ),
        (
            "Jane Roe said that “Nothing has changed at all.”",
            &["Nothing has changed at all.|full|Jane Roe"],
        ),
    ];
    check_all(cases);
}
