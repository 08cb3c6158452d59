//! Table tests of finding, typing, merging and roles, on sentences written for them.

use super::pipeline::entities;
use crate::text::Document;

/// Expected entities as `P:name`, `O:name`, `L:name`: people, then organizations, then
/// places, each in order of first mention.
#[track_caller]
fn check(text: &str, expected: &[&str]) {
    let doc = Document::parse(text);
    let e = entities(&doc);
    let mut got = Vec::new();
    for (prefix, list) in [
        ("P", &e.people),
        ("O", &e.organizations),
        ("L", &e.locations),
    ] {
        got.extend(list.iter().map(|x| format!("{prefix}:{}", x.name)));
    }
    assert_eq!(got, expected, "in {text:?}");
}

#[test]
fn finding_names() {
    let cases: &[(&str, &[&str])] = &[
        ("The Bank of England held rates.", &["O:Bank of England"]),
        ("He advised GenAI for Ads on pricing.", &["O:GenAI for Ads"]),
        // (Not a surname with a prefix: "McLeish of Novo's punishment" is about Novo.)
        (
            "Nacho Novo was banned. \"No,\" said Rangers manager Alex McLeish of Novo's \
             punishment.",
            &["P:Nacho Novo", "P:Alex McLeish", "O:Rangers"],
        ),
        // "of the" after a title reaches back over an office only before a given name and a
        // surname.
        (
            "She was a leader of the White Rose movement.",
            &["O:White Rose"],
        ),
        (
            "Shares in the National Company for Gulf Insurance rose on Monday.",
            &["O:National Company for Gulf Insurance"],
        ),
        (
            "Marsh & McLennan bought the broker.",
            &["O:Marsh & McLennan"],
        ),
        ("Customers of AT&T complained.", &["O:AT&T"]),
        (
            "Yet aviation analyst Mike Powell of Dresdner Kleinwort Wasserstein says fares \
             will rise.",
            &["P:Mike Powell", "O:Dresdner Kleinwort Wasserstein"],
        ),
        (
            "Mr Bondi sued Morgan Stanley, its former banker, to recover the money.",
            &["P:Bondi", "O:Morgan Stanley"],
        ),
        // A possessive that belongs to a known name.
        (
            "Moody's cut the rating. Standard & Poor's and Fitch did not, and McDonald's \
             sales rose.",
            &[
                "O:Moody's",
                "O:Standard & Poor's",
                "O:Fitch",
                "O:McDonald's",
            ],
        ),
        // … and goes on into the company's full name: ordinary words ending in a head
        // word or a legal suffix.
        (
            "Moody's Investors Service cut the rating. Shares in McDonald's Corp rose, \
             and Moody's said more.",
            &["O:Moody's Investors Service", "O:McDonald's Corp"],
        ),
        // Any name's possessive goes on into a company's name that ends in a legal suffix;
        // not into a name that ends otherwise ("Google's YouTube").
        (
            "Shares of Boatmen's Bancshares Inc. and Macy's Inc. rose, Dillard's Department \
             Stores Inc. fell, China's National Petroleum Corp. bid and Google's YouTube said \
             nothing.",
            &[
                "O:Boatmen's Bancshares Inc.",
                "O:Macy's Inc.",
                "O:Dillard's Department Stores Inc.",
                "O:National Petroleum Corp.",
                "O:Google",
                "O:YouTube",
                "L:China",
            ],
        ),
        // A title word before a name its head word ends is the name's.
        (
            "Two passengers were taken to Leeds General Infirmary. Sgt Claire Whitworth, \
             of the force's Major Collision Enquiry Team, spoke.",
            &[
                "P:Claire Whitworth",
                "O:Leeds General Infirmary",
                "O:Major Collision Enquiry Team",
            ],
        ),
        // A known name, then a given name and a legal suffix: one company.
        (
            "Shares of Maruti Suzuki India Ltd rose, and Toyota India Corp. fell.",
            &["O:Maruti Suzuki India Ltd", "O:Toyota India Corp."],
        ),
        // A possessive before the head word of an institution that ends the name is the
        // name's; before another head ("Nigeria's Senate") or more words it is not.
        (
            "She was taken to Addenbrooke's Hospital, then Boston Children's Hospital. \
             Nigeria's Senate met, and Britain's Royal College of Nursing objected.",
            &[
                "O:Addenbrooke's Hospital",
                "O:Boston Children's Hospital",
                "O:Senate",
                "O:Royal College of Nursing",
                "L:Nigeria",
                "L:Britain",
            ],
        ),
        // A company named after people, by what the text says of it.
        (
            "Lena Marsh, from Sal Oppenheim investment bank, spoke.",
            &["P:Lena Marsh", "O:Sal Oppenheim"],
        ),
        (
            "Marlow Haig's chief medical officer Ann Breier spoke.",
            &["P:Ann Breier", "O:Marlow Haig"],
        ),
        (
            "The winner will work with the Iraqi Telecommunications and Post Company (ITPC).",
            &["O:Iraqi Telecommunications and Post Company"],
        ),
        // An acronym of the organization's own language.
        (
            "The Human Rights Association (IHD) said the student died. An IHD lawyer \
             filed a complaint against the Kurdistan Workers Party (PKK).",
            &["O:Human Rights Association", "O:Kurdistan Workers Party"],
        ),
        (
            "He works at the Food and Agricultural Policy Research Institute in Missouri.",
            &[
                "O:Food and Agricultural Policy Research Institute",
                "L:Missouri",
            ],
        ),
        (
            "Delta Air Lines and Hawthorn Airlines cut fares.",
            &["O:Delta Air Lines", "O:Hawthorn Airlines"],
        ),
        // A name after "and" that opens with the first one's first word is another.
        (
            "The state airline AZ Fly and AZ Services were merged.",
            &["O:AZ Fly", "O:AZ Services"],
        ),
        // A known organization opening two words before "and" opens a name of its own.
        (
            "Sequoia backed Apple Computer and Cisco Systems early.",
            &["O:Sequoia", "O:Apple Computer", "O:Cisco Systems"],
        ),
        // Nor does "and" after a known organization's whole name; a ticker's exchange
        // letter is no name.
        (
            "Goldman Sachs and Centerview Partners advise Harbor Pharmaceuticals Inc \
             (HRB.N). Shares of Kelvin Biosciences (KLVN.O) rose.",
            &[
                "O:Goldman Sachs",
                "O:Centerview Partners",
                "O:Harbor Pharmaceuticals Inc",
                "O:Kelvin Biosciences",
            ],
        ),
        // The last "and" of a list joins no two names into one.
        (
            "Shares in Delta, Keltora and Harbour Airlines fell.",
            &["O:Delta", "O:Keltora", "O:Harbour Airlines"],
        ),
        (
            "KeyCorp and Banc One Corp. raised rates.",
            &["O:KeyCorp", "O:Banc One Corp."],
        ),
        (
            "It bought Ogilvy & Mather and Cordiant Communications, then Young & Rubicam.",
            &[
                "O:Ogilvy & Mather",
                "O:Cordiant Communications",
                "O:Young & Rubicam",
            ],
        ),
        ("The Multi-Fibre Agreement ends on Friday.", &[]),
        // Newspapers and stations: a weekday or a sentence start does not hide them.
        ("The Sunday Herald quoted a friend.", &["O:Sunday Herald"]),
        (
            "Liberte newspaper said the bomb was hidden.",
            &["O:Liberte"],
        ),
        (
            "A police officer told Radio Nova the group was armed.",
            &["O:Radio Nova"],
        ),
        // "in" continues a name when its acronym spells the place too.
        (
            "The Organisation for Security and Cooperation in Europe (OSCE) sent monitors. \
             The OSCE said more would follow.",
            &["O:Organisation for Security and Cooperation in Europe"],
        ),
        // So does "of" after a word that heads nothing ("Tigers").
        (
            "Guerrillas of the Liberation Tigers of Tamil Eelam (LTTE) attacked. The LTTE \
             made no comment.",
            &["O:Liberation Tigers of Tamil Eelam"],
        ),
        (
            "The Institute for Fiscal Studies in London (IFS) said taxes would rise.",
            &["O:Institute for Fiscal Studies", "L:London"],
        ),
        (
            "It bought Daniels Pharmaceuticals Inc of St. Petersburg, Fla., in August.",
            &[
                "O:Daniels Pharmaceuticals Inc",
                "L:St. Petersburg",
                "L:Fla.",
            ],
        ),
        // A headline written as a sentence only mentions names the body knows.
        (
            "Fact Check: If Obama Says It, It’s True.\n\nPresident Barack Obama spoke on Monday.",
            &["P:Barack Obama"],
        ),
        (
            // (Too short to read as a sports story: the county is a place.)
            "Glamorgan 259 and 207 (A. Dale 69, H. Morris 69).",
            &["P:A. Dale", "P:H. Morris", "L:Glamorgan"],
        ),
        (
            "Soccer league standings after Saturday's matches (played, won, drawn, lost, goals for, goals against, points):\n\nNorwich 4 3 0 1 5 3 9\n\nTranmere 4 2 1 1 6 4 7",
            &["O:Norwich", "O:Tranmere"],
        ),
        // Lines of results ("Norwich 1 Wolverhampton 0") are read like the body and make a
        // sports story; every name in them is a side's, a surname's too ("Hereford"); one
        // line counts with a sports word.
        (
            "Football results on Saturday\n\nNorwich 1 Wolverhampton 0\n\nBlackpool 2 Hereford 1",
            &["O:Norwich", "O:Wolverhampton", "O:Blackpool", "O:Hereford"],
        ),
        // (A line's first word too, an English word or none the article names elsewhere.)
        (
            "Rugby union results on Saturday\n\nPontyberw 113 Bath 6\n\nHarlequins 21 Ebbw Vale 10",
            &["O:Pontyberw", "O:Bath", "O:Harlequins", "O:Ebbw Vale"],
        ),
        (
            "Result of the rugby league semifinal on Saturday:\n\nWigan 42 Bradford Bulls 36",
            &["O:Wigan", "O:Bradford Bulls"],
        ),
        // So do standings rows, wins and losses first ("NEW YORK 74 59 .556 -"); not rows of
        // prices, and one line of results alone makes no sports story.
        (
            "Baseball standings after Thursday games\n\nW L PCT GB\n\nNEW YORK 74 59 .556 -\n\nBALTIMORE 70 63 .526 4",
            &["O:NEW YORK", "O:BALTIMORE"],
        ),
        (
            "Prices in Boston on Friday\n\nSales 12.50 13.00 11.27\n\nCosts 10.10 9.90 9.80\n\nBoston 1 Chicago 2",
            &["L:Boston", "L:Chicago"],
        ),
        // A ranking's line is read like the body too; a name ranked there, its country in
        // parentheses after it, is an athlete's.
        (
            "Women's 100 metres hurdles\n\n1. Aliuska Lopez (Cuba) 12.92\n\n2. Torrance Zellner (U.S.) 12.99",
            &["P:Aliuska Lopez", "P:Torrance Zellner", "L:Cuba", "L:U.S."],
        ),
        // So is a line of an individual sport's results, its players people.
        (
            "Men's singles, second round\n\nGoran Ostrak (Croatia) beat Sjeng Vanterpool (Netherlands) 6-3 6-4 7-5",
            &[
                "P:Goran Ostrak",
                "P:Sjeng Vanterpool",
                "L:Croatia",
                "L:Netherlands",
            ],
        ),
        // A cricket scorecard's batting line is read like the body, and its names are
        // people, as is a bowler before his figures.
        (
            "Scoreboard of the one-day cricket match on Friday:\n\nK. Ashdown c Pellew b Ranasuriya 50\n\nT. Brennock not out 12\n\nBowling: Pellew 7-0-29-0, Ranasuriya 9.3-0-41-2",
            &["P:K. Ashdown", "P:Pellew", "P:Ranasuriya", "P:T. Brennock"],
        ),
        // Every name heading a standings row is a side's, a surname or an English word too.
        (
            "Soccer league standings after the matches (played, won, drawn, lost, goals for, goals against, points):\n\nChester 4 2 1 1 6 4 7\n\nHull 4 3 1 0 7 4 10",
            &["O:Chester", "O:Hull"],
        ),
        // A one-word given name heading a standings row is a club.
        (
            "Russian league results on Sunday; the season has two weeks left.\n\nLeague standings (played, won, drawn, lost, goals, points):\n\nSpartak 3 1 1 1 3 3 4",
            &["O:Spartak"],
        ),
        // Bylines and signatures vouch for a name by their form.
        (
            "Oil prices steady\n\nLarry Fine\n\nNEW YORK 1996-08-30\n\nOil prices held steady on Friday.\n\n-- Harry Milling, New York Energy Desk, +1 212 859 1761",
            &[
                "P:Larry Fine",
                "P:Harry Milling",
                "O:New York Energy Desk",
                "L:New York",
            ],
        ),
        // A dateline's state after its town is a place.
        (
            "Fire kills five\n\nROCHESTER, N.H. 1996-08-30\n\nA fire at a motel in Rochester killed five on Friday.",
            &["L:Rochester", "L:N.H."],
        ),
        (
            "Perot picks running mate\n\nIRVINE, Calif 1996-08-30\n\nRoss Perot named his running mate on Friday.",
            &["P:Ross Perot", "L:Irvine", "L:Calif"],
        ),
        // (A dateline's town may be written with a hyphen; neither word is a given name; a
        // town the article writes only in capitals is no known place.)
        (
            "Chechens cautious on peace deal\n\nLiutauras Stremaitis\n\nURUS-MARTAN, Russia 1996-08-31\n\nCrowds greeted the deal on Saturday.",
            &["P:Liutauras Stremaitis", "L:Russia"],
        ),
        // A sign-off line with a telephone number: the desk is an organization, a name
        // before the number a person's, a lower-case "newsroom" leaves its city a place.
        (
            "Shares fell on Friday.\n\n-- Oslo Newsroom +47 22 93 69 00",
            &["O:Oslo Newsroom"],
        ),
        (
            "Shares fell on Friday.\n\n-- Dana Whitlow +47 22 93 69 00",
            &["P:Dana Whitlow"],
        ),
        (
            "Shares fell on Friday.\n\n-- Ivo Brankovic, Zagreb newsroom +385 1 555 0101",
            &["P:Ivo Brankovic", "L:Zagreb"],
        ),
        (
            "Shares fell on Friday.\n\n-- Amra Kovac, Zagreb newsroom +385 1 555 0101",
            &["P:Amra Kovac", "L:Zagreb"],
        ),
        // (A town of several words is no one's name: "Rio de Janeiro" is no "Rio".)
        (
            "Shares fell on Friday.\n\n-- Rio de Janeiro newsroom, 55-21-507-4151",
            &["L:Rio de Janeiro"],
        ),
        (
            "Ratings rose.\n\n- For the full interview tune in this Sunday, 2340 on BBC Two",
            &["O:BBC"],
        ),
        (
            "Fares rose.\n\n-- Sea Freight Newsroom Tel+44 20 7555 0101 Fax +44 20 7555 0102",
            &["O:Sea Freight Newsroom"],
        ),
        (
            "She starred in “Ice Cold in Alex” and the “Strike Hard” campaign in China.",
            &["L:China"],
        ),
        (
            "Tariq Aziz spoke, the official Iraqi News Agency reported. Salomon Bros. and the International Red Cross declined to comment, Le Matin newspaper said.",
            &[
                "P:Tariq Aziz",
                "O:Iraqi News Agency",
                "O:Salomon Bros.",
                "O:International Red Cross",
                "O:Le Matin",
            ],
        ),
        // (A German article too.)
        (
            "One of the largest media outlets, Der Spiegel, disabled its readers' comments.",
            &["O:Der Spiegel"],
        ),
        (
            "The Prime Minister met the Home Secretary and the Lord Chancellor.",
            &[],
        ),
        ("Critics of the US President spoke.", &["L:US"]),
        (
            "Critics of U.S. President Bill Clinton spoke.",
            &["P:Bill Clinton", "L:U.S."],
        ),
        (
            "Parliament wants Turkcell's stake cut. Turkcell said the ruling was unfair.",
            &["O:Parliament", "O:Turkcell"],
        ),
        // One unknown word that speaks, however often, is no person by that alone.
        (
            "Euronext said it would bid. Euronext said the offer was fair. Euronext said no more.",
            &["O:Euronext"],
        ),
        ("\"Sluggish demand continues,\" the airline said.", &[]),
        (
            "Assistant Secretary of State Maria Lopez flew to Sarajevo.",
            &["P:Maria Lopez", "L:Sarajevo"],
        ),
        (
            "Officials of the Bank of Finland Thursday denied the report.",
            &["O:Bank of Finland"],
        ),
        // "and" inside "X of A and B" continues the name, unless A is a place.
        (
            "The Ministry of Trade and Industry approved the sale.",
            &["O:Ministry of Trade and Industry"],
        ),
        (
            "The Center for Strategic and Maritime Studies published the survey.",
            &["O:Center for Strategic and Maritime Studies"],
        ),
        // … nor when a head word after "and" opens a name of its own with "of".
        (
            "The study by the Ohio Department of Health and State University of Ohio is out.",
            &["O:Ohio Department of Health", "O:State University of Ohio"],
        ),
        (
            "The Bank of England and Barclays declined to comment.",
            &["O:Bank of England", "O:Barclays"],
        ),
        (
            "It hired Jean-Claude Juncker as an adviser.",
            &["P:Jean-Claude Juncker"],
        ),
        (
            "A painting by Vincent van Gogh was sold.",
            &["P:Vincent van Gogh"],
        ),
        // Two particles in a row: "van der", "de la".
        (
            "Their scrum-half Joost van der Westhuizen scored the opening try.",
            &["P:Joost van der Westhuizen"],
        ),
        (
            "The painter Oscar de la Renta attended.",
            &["P:Oscar de la Renta"],
        ),
        // An industry's noun names a company ("miner Barrick Gold"), also opening the
        // sentence ("Miner Highland Gold").
        (
            "Miner Highland Gold said it regretted the decision.",
            &["O:Highland Gold"],
        ),
        (
            "Rivals include miner Barrick Gold and carmaker Tata Motors.",
            &["O:Barrick Gold", "O:Tata Motors"],
        ),
        (
            "Shares in drugmaker Elan Pharma and brewer Castle Lager rose.",
            &["O:Elan Pharma", "O:Castle Lager"],
        ),
        (
            "Upscale department store Nordstrom said sales rose.",
            &["O:Nordstrom"],
        ),
        // An English plural ends no person's name of three words (two may be a given
        // name and a surname like one).
        (
            "The factories were Leisure Garments, Precious Six Garments and Lesotho Hats. \
             Steve Jobs and William Gallas agreed.",
            &[
                "P:Steve Jobs",
                "P:William Gallas",
                "O:Leisure Garments",
                "O:Precious Six Garments",
                "O:Lesotho Hats",
            ],
        ),
        // Two particles apart name a body, whatever word opens it; its first words are
        // its short form.
        (
            "Shares in Banca Nazionale del Lavoro and Monte dei Paschi di Siena rose. Monte \
             dei Paschi said so.",
            &[
                "O:Banca Nazionale del Lavoro",
                "O:Monte dei Paschi di Siena",
            ],
        ),
        // A club's word in another language opens its name.
        (
            "Real Madrid took a point from a draw at fellow title contenders Deportivo \
             Coruna.",
            &["O:Real Madrid", "O:Deportivo Coruna"],
        ),
        // A list the name opens is no apposition.
        (
            "The regulator has filed complaints against media giant Vivendi Universal, its \
             boss and another top executive.",
            &["O:Vivendi Universal"],
        ),
        // A name of several words after a determiner that speaks is no one's.
        (
            "“The ban must stand,” the League Against Cruel Sports said.",
            &["O:League Against Cruel Sports"],
        ),
        // A body's noun before the role it qualifies heads no apposition.
        (
            "\"The shares are cheap,\" said KK Mittal, a fund manager with Escorts Mutual \
             Fund.",
            &["P:KK Mittal", "O:Escorts Mutual Fund"],
        ),
        // A title word opening a known name after the sentence's first word is the name's
        // ("General" of General Motors), with its legal suffix too.
        (
            "Rival General Motors Corp. announced plans to cut 30,000 jobs.",
            &["O:General Motors Corp."],
        ),
        // A person noun before a name is no part of it.
        (
            "Agent Brian Hassell said the striker would stay.",
            &["P:Brian Hassell"],
        ),
        // Nor as a possessor: ", the company's founder" names a person.
        (
            "Stelios Haji-Ioannou, the company's founder, sold a 5% stake in the airline.",
            &["P:Stelios Haji-Ioannou"],
        ),
        // A title of several words before a name after the comma is that name's.
        (
            "In neighbouring India, Tamil Nadu Chief Minister M. Karunanidhi urged talks.",
            &["P:M. Karunanidhi", "L:India", "L:Tamil Nadu"],
        ),
        // A verb after a comma opens no apposition.
        (
            "One of the minister's deputies, Mahendra Siregar, told AFP news agency that \
             talks go on.",
            &["P:Mahendra Siregar", "O:AFP"],
        ),
        // A speech verb's object that "which" describes is no speaker.
        (
            "Reports say Standard Life, which owns a 1% stake in Deutsche Boerse, may seek \
             a vote.",
            &["O:Standard Life", "O:Deutsche Boerse"],
        ),
        // "said ABN Amro's Eddie Wong": the speaker is the person after the possessive; the
        // possessor is where the speaker works.
        (
            "\"It will take time,\" said ABN Amro's Eddie Wong.",
            &["P:Eddie Wong", "O:ABN Amro"],
        ),
        (
            "\"Demand is soft,\" said Drayton Quill's Peter Hall.",
            &["P:Peter Hall", "O:Drayton Quill"],
        ),
        // Kin after a possessive: the possessor is a person ("Wang's family").
        (
            "Officers told Osipenko's family that the trial would open in May.",
            &["P:Osipenko"],
        ),
        (
            "Reporters later met Karsavina's widower and two sons.",
            &["P:Karsavina"],
        ),
        // A compass word before a place names a place ("South Australia").
        (
            "The Olympic mine in South Australia holds copper and uranium.",
            &["L:South Australia"],
        ),
        // A name before "shares" or "stock" is a company's, even after "in".
        (
            "Investors bought $3bn in Metlife stock and more in Vantora shares.",
            &["O:Metlife", "O:Vantora"],
        ),
        // An adjective and a nationality opening the sentence are no part of the name.
        (
            "Controversial Australian Anthony Hill called his rival a cheat.",
            &["P:Anthony Hill"],
        ),
        // "Jan" before a name is a given name, not January.
        (
            "Their goal came from Jan Allan Mueller in the 60th minute.",
            &["P:Jan Allan Mueller"],
        ),
        // Arabic "al-" and Swahili "wa" inside names.
        (
            "President Zine al-Abidine Ben Ali met the engineer Rami al-Saadani on Monday.",
            &["P:Zine al-Abidine Ben Ali", "P:Rami al-Saadani"],
        ),
        // Alone, the article opens a known name or a pair of such words, no other; and no
        // given name "Al".
        (
            "Members of the militant group al-Gama'a al-Islamiya met at the al-Aqsa mosque \
             and denied links to al-Qaeda.",
            &["O:al-Gama'a al-Islamiya", "O:al-Qaeda"],
        ),
        (
            "Prime Minister Kengo wa Dondo said the talks were over.",
            &["P:Kengo wa Dondo"],
        ),
        // A Korean or Chinese given name in two syllables joined by a hyphen.
        (
            "The envoy wrote to Kang Young-hoon and Lee Teng-hui.",
            &["P:Kang Young-hoon", "P:Lee Teng-hui"],
        ),
        // Accents folded ("Gdansk" for Gdańsk) and English names of cities ("Cologne").
        (
            "The minister flew from Gdansk to Cologne and on to Venice.",
            &["L:Gdansk", "L:Cologne", "L:Venice"],
        ),
        // A company named after a person is also called by the surname ("Lilly" of "Eli
        // Lilly"); a person by the first name ("Jansher" of "Jansher Khan", "Wang" of "Wang
        // Donghai").
        (
            "The drugs group Eli Lilly plans cuts, and Eli Lilly's finance director John Roe agreed. Lilly makes insulin.",
            &["P:John Roe", "O:Eli Lilly"],
        ),
        (
            "Anthony Hill called Jansher Khan a cheat. Jansher's return was good, the referee said.",
            &["P:Anthony Hill", "P:Jansher Khan"],
        ),
        // A title word that is the surname of a person named in full is that person
        // ("King" of "Billie Jean King"); alone it names no one.
        (
            "Captain Billie Jean King picked the team. \"We need her,\" King said.",
            &["P:Billie Jean King"],
        ),
        ("\"We need her,\" the King said.", &[]),
        // A portfolio before "Minister" is part of the title.
        (
            "The consortium will inform Privatisation Minister Wieslaw Kaczmarek on Monday.",
            &["P:Wieslaw Kaczmarek"],
        ),
        // A plural possessive before an organization's head word stays in the name.
        (
            "The Toronto Bond Traders' Association said trading would end early.",
            &["O:Toronto Bond Traders' Association"],
        ),
        (
            "Rebels of the Kurdistan Workers' Party attacked a post.",
            &["O:Kurdistan Workers' Party"],
        ),
        // … also after "and".
        (
            "The Transport and General Workers' Union backed the plan.",
            &["O:Transport and General Workers' Union"],
        ),
        // … and before ordinary words that end in a head word.
        (
            "He was a tutor for the Workers' Educational Association in Leeds.",
            &["O:Workers' Educational Association", "L:Leeds"],
        ),
        // A pronoun after the name's comma opens the clause, no apposition.
        (
            "After a career as a tutor for the Workers' Educational Association, he became an \
             MP.",
            &["O:Workers' Educational Association"],
        ),
        // Time zones are no names.
        ("Dealings end at 1400 EDT on Friday.", &[]),
        // (Not the party's spokesman: "the Lib Dems' Treasury spokesman".)
        (
            "The Greens' Treasury spokesman John Roe disagreed.",
            &["P:John Roe", "O:Greens", "O:Treasury"],
        ),
        // Foreign words for exchange and bank name organizations.
        (
            "Deutsche Boerse told Reuters it would bid, and Banco Sabadell agreed.",
            &["O:Deutsche Boerse", "O:Reuters", "O:Banco Sabadell"],
        ),
        // A gerund opening the sentence is no part of a name.
        (
            "Buying Worldcom would cost Verizon $6.7bn.",
            &["O:Worldcom", "O:Verizon"],
        ),
        // Airlines, agencies, newspapers and foundations by their words.
        (
            "For its part, Air Deccan, set up in 2003, said fares would fall.",
            &["O:Air Deccan"],
        ),
        (
            "On Tuesday, Agence France Presse reported that the deal was near.",
            &["O:Agence France Presse"],
        ),
        (
            "Its business section, Financial Mail, said the plan would fail.",
            &["O:Financial Mail"],
        ),
        (
            "He set up the Soros Foundation-Kazakhstan in 1995.",
            &["O:Soros Foundation-Kazakhstan"],
        ),
        ("It was investigated by the Liberian authorities.", &[]),
        (
            "Air China plans a listing, and air travel is booming in China.",
            &["O:Air China", "L:China"],
        ),
        (
            "A police commander told Radio Red the group was armed.",
            &["O:Radio Red"],
        ),
        // Two capitals and an English noun name a company ("LG Card"), not "JP McManus".
        (
            "LG Card was rescued, and JP McManus sold his stake.",
            &["P:JP McManus", "O:LG Card"],
        ),
        // A hyphenated adjective opening the sentence is no part of the name.
        (
            "Trouble-hit Mitsubishi Motors agreed a deal.",
            &["O:Mitsubishi Motors"],
        ),
        (
            "Jeweller Zale said sales rose, helped by US-German trade and tourists in Washington DC.",
            &["O:Zale", "L:Washington DC"],
        ),
        // In a sports story a club named after its city, before a position and a name.
        (
            "Leicester winger Leon Lloyd scored twice as the league leaders won the match. The coach praised his side's second-half defence and the goal.",
            &["P:Leon Lloyd", "O:Leicester"],
        ),
        // Counties are places, but in a cricket scorecard a county's innings is its club's.
        (
            "Devon and Cornwall will lose 200 jobs, the union said.",
            &["L:Devon", "L:Cornwall"],
        ),
        (
            "Cricket: Nottinghamshire 214 (P. Johnson 84; M. McCague 4-55), Kent 108-3. \
             Kent beat Sussex by five wickets after a fine innings. Sussex 363 and 174 \
             (W. Athey 111). The match resumes on Monday after rain stopped play in the \
             championship.",
            &[
                "P:P. Johnson",
                "P:M. McCague",
                "P:W. Athey",
                "O:Nottinghamshire",
                "O:Kent",
                "O:Sussex",
            ],
        ),
        // "Chancellor of the Exchequer": an office after "of the" belongs to the title.
        (
            "Chancellor of the Exchequer Gordon Brown said growth would be strong.",
            &["P:Gordon Brown"],
        ),
        (
            "The Secretary of the Treasury John Snow met the Bank of England governor.",
            &["P:John Snow", "O:Bank of England"],
        ),
        // "Sun" is rather the newspaper than Sunday; a club of a country opening the
        // sentence is a name ("Benetton of Italy").
        (
            "Frank Bruno quit the ring, Britain's Sun newspaper reported.",
            &["P:Frank Bruno", "O:Sun", "L:Britain"],
        ),
        (
            "Benetton of Italy beat Dinamo of Russia 92-81 in the basketball tournament.",
            &["O:Benetton", "O:Dinamo", "L:Italy", "L:Russia"],
        ),
        // A place before a country's word is no organization ("any US carrier"); a place
        // and one English noun name a company ("UK Coal").
        (
            "It was worth more than any US carrier, and UK Coal said output fell.",
            &["O:UK Coal", "L:US"],
        ),
        // Capitalized English words alone make no person ("Land Registry").
        (
            "Figures from the Land Registry and the Takeover Panel showed a fall.",
            &["O:Land Registry", "O:Takeover Panel"],
        ),
        (
            "The Coral Consortium includes Philips, and games maker Valve agreed.",
            &["O:Coral Consortium", "O:Philips", "O:Valve"],
        ),
        ("Carmaker Rover has patched its servers.", &["O:Rover"]),
        (
            "Prices fell, the Royal Institute of Chartered Surveyors found.",
            &["O:Royal Institute of Chartered Surveyors"],
        ),
        // A person noun opening the sentence is no part of the name.
        (
            "Actor Rodrigo de la Serna plays the young revolutionary.",
            &["P:Rodrigo de la Serna"],
        ),
        // Given names beyond the US Census lists.
        (
            "He met Vladimir Putin and Mikhail Khodorkovsky on Monday.",
            &["P:Vladimir Putin", "P:Mikhail Khodorkovsky"],
        ),
        (
            "The reform was drafted by Jacques Delors and Andriy Shevchenko.",
            &["P:Jacques Delors", "P:Andriy Shevchenko"],
        ),
        ("The fund opened an office in Abu Dhabi.", &["L:Abu Dhabi"]),
        (
            "Shares in OpenAI and DeepMind were discussed.",
            &["O:OpenAI", "O:DeepMind"],
        ),
        ("Sellers on eBay reported a rise.", &["O:eBay"]),
        (
            "IBM and CNBC said the FCA had acted.",
            &["O:IBM", "O:CNBC", "O:FCA"],
        ),
        ("Growth in the U.S. slowed.", &["L:U.S."]),
        // A dotted acronym keeps its last period at the end of a sentence too.
        ("Growth slowed in the U.S.", &["L:U.S."]),
        (
            "Former President George W. Bush spoke.",
            &["P:George W. Bush"],
        ),
        ("J.K. Rowling signed copies.", &["P:J.K. Rowling"]),
        (
            "Zuckerberg’s plan drew praise from Mark Zuckerberg’s allies.",
            &["P:Mark Zuckerberg"],
        ),
        (
            "Meta’s shares rose after Meta Platforms Inc. reported.",
            &["O:Meta Platforms Inc."],
        ),
        ("Toronto-based Shopify grew.", &["O:Shopify", "L:Toronto"]),
        (
            "The California-based company hired staff.",
            &["L:California"],
        ),
        // A given name before a name's hyphenated adjective: the person's name whole.
        (
            "Britain could not afford a George Bush-style tax cut, nor a Thatcher-era one.",
            &["P:George Bush", "L:Britain"],
        ),
        (
            "Analysts at Morgan Stanley and Goldman Sachs disagreed.",
            &["O:Morgan Stanley", "O:Goldman Sachs"],
        ),
        (
            "The Securities and Exchange Commission opened an inquiry.",
            &["O:Securities and Exchange Commission"],
        ),
        (
            "Officials at the US Food and Drug Administration agreed.",
            &["O:US Food and Drug Administration"],
        ),
        (
            "It listed on the London Stock Exchange.",
            &["O:London Stock Exchange"],
        ),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

#[test]
fn capitals_that_name_nothing() {
    let cases: &[(&str, &[&str])] = &[
        // The short form of words in lower case, at every mention; a body's stays.
        (
            "Figures on anti-social behaviour orders (Asbos) were published. Ministers want \
             more use of Asbos and fixed penalty notices, the Home Office (HO) said.",
            &["O:Home Office"],
        ),
        (
            "The personal video recorder (PVR) market grew. Sky sells a PVR and TiVo sells \
             another.",
            &["O:Sky", "O:TiVo"],
        ),
        // A product of a well-known company named alone is no name.
        (
            "The Mac mini has been welcomed by Apple fans. Mac watchers say the Mac mini will \
             help Apple, he said.",
            &["O:Apple"],
        ),
        (
            "Operators push multimedia messaging service (MMS) phones, said Tom Hale of MMS \
             firm Adamind.",
            &["P:Tom Hale", "O:Adamind"],
        ),
        // A known name the article writes in lower case, and capitalizes only opening a
        // sentence or in a heading, is the common word there.
        (
            "Visa decision 'every 11 minutes'\n\nVisa processing staff rule on a visa \
             application every 11 minutes, the report found.",
            &[],
        ),
        (
            "The labour market is rigid. \"Labour is too costly in Germany,\" said Helmut \
             Rohr of the Institute for the Study of Labour.",
            &[
                "P:Helmut Rohr",
                "O:Institute for the Study of Labour",
                "L:Germany",
            ],
        ),
        // A competition's group names nothing.
        (
            "England are in Pool A with Samoa, and Scotland top Group B after a win.",
            &["L:England", "L:Samoa", "L:Scotland"],
        ),
        // A word the article capitalizes only inside a longer name, after its "of" or
        // "for", is no name alone opening a sentence.
        (
            "Corporate governance experts said the deal set a standard. \"Directors rarely \
             pay,\" said Charles Elson of the Center for Corporate Governance.",
            &["P:Charles Elson", "O:Center for Corporate Governance"],
        ),
        (
            "Defence spending will rise, the Ministry of Defence said.",
            &["O:Ministry of Defence"],
        ),
        // One word after a model's number names the model.
        (
            "Rival Boeing is still recovering from the grounding of its 737 Max.",
            &["O:Boeing"],
        ),
        // "Women's singles" names nothing.
        (
            "Results on Wednesday:\n\nWomen's singles, second round:\n\nAmanda Coetzer \
             (South Africa) beat Naoko Kijimuta (Japan) 6-4 6-2",
            &[
                "P:Amanda Coetzer",
                "P:Naoko Kijimuta",
                "L:South Africa",
                "L:Japan",
            ],
        ),
        // "Philippine" is a nationality; "Philippines" stays the country.
        (
            "Delegates from the Philippine government met. Philippine President Fidel Ramos \
             said the Philippines would host the summit.",
            &["P:Fidel Ramos", "L:Philippines"],
        ),
        // A legal suffix gives no initial: "AI" stays a common word beside "Alphabet Inc".
        (
            "Altman said the money would push the frontiers of AI research. Shares in \
             Alphabet Inc rose. Apex Inc fell.",
            &["P:Altman", "O:Alphabet Inc", "O:Apex Inc"],
        ),
        // An English word opening the sentence before a trade noun is no name, though a
        // longer name holds it.
        (
            "Life insurer Axa Sun Life has cut bonus payments.",
            &["O:Axa Sun Life"],
        ),
        // A month opens no name ("July" is no given name); a revolution is an event.
        (
            "The bias set at the July FOMC meeting held. The Cultural Revolution ended.",
            &["O:FOMC"],
        ),
        // Medicines: after a plural product noun, listed, or before "drug".
        (
            "GlaxoSmithKline's copies of anti-depressants Paxil and Wellbutrin hurt. \
             AstraZeneca had hoped to pitch its Iressa drug against rivals.",
            &["O:GlaxoSmithKline", "O:AstraZeneca"],
        ),
        // A world war is an event; "Treasuries" are bonds.
        (
            "In World War Two the airforce bombed London. Bonds fell after the sharp drop in \
             Treasuries.",
            &["L:London"],
        ),
        // Words whose initials spell the acronym beside them are the name's, a common word
        // opening them after a quote mark or a parenthesis too.
        (
            "Officials met. \"United States Tennis Association (USTA) rules are clear on \
             this,\" one said. Nokia held a clinic on HSDPA (High Speed Downlink Packet \
             Access) this week.",
            &[
                "O:United States Tennis Association",
                "O:Nokia",
                "O:High Speed Downlink Packet Access",
            ],
        ),
        // "Nazi" qualifies; it names no body.
        (
            "His parents fled the Nazi threat to come to the UK.",
            &["L:UK"],
        ),
        // Nor does an institution's adjective.
        (
            "It has faced criticism from Congressional leaders and a Presidential candidate \
             in Ohio.",
            &["L:Ohio"],
        ),
        // Nor does a place's office whose holder goes unnamed (the place stays).
        (
            "The Ohio Gov. said nothing, and a former Texas Gov. agreed.",
            &["L:Ohio", "L:Texas"],
        ),
        // Nor do members of a body in the plural.
        (
            "The PBGC wants Congressmen to change its funding rules in Ohio.",
            &["O:PBGC", "L:Ohio"],
        ),
        // Nor do weekdays in the plural.
        (
            "The show runs on Tuesdays, Wednesdays and Thursdays on BBC Radio 1. Sundays \
             are quiet.",
            &["O:BBC Radio 1"],
        ),
        // A time zone after the time opens no name.
        (
            "Shares in Carnival fell. By 1300 GMT Carnival's shares in London were down.",
            &["O:Carnival", "L:London"],
        ),
        // Bullet lines of sums are no wire's sign-off with a telephone number.
        (
            "He set out the budget.\n\n- Increased spending on health to 102.8bn rupees \
             ($2.35bn) \n - Pledged 102.16bn rupees ($2.3bn) for tsunami victims \n\nMore \
             followed.",
            &[],
        ),
        // An English word opening the sentence before a known organization or an acronym
        // the article writes inside its sentences (not a place's club: "(Harrow AC)").
        (
            "The EU has asked for talks. New EU trade commissioner Peter Mandelson spoke. \
             Rival Sony cut prices. Walt Disney settled. Winners: J Mayock (Harrow AC).",
            &[
                "P:Peter Mandelson",
                "P:J Mayock",
                "O:EU",
                "O:Sony",
                "O:Walt Disney",
                "O:Harrow AC",
            ],
        ),
        ("Despite the layoffs, hiring went on.", &[]),
        // The followers of a faith or people of a nationality after a country are no
        // name, the country is (a city's team is); nor is a language joined to a noun.
        (
            "The law worried UK Muslims. It prints an English-language edition. The \
             Cleveland Indians baseball team won.",
            &["O:Cleveland Indians", "L:UK"],
        ),
        // "International" ends an organization's name; in a sports story a place is a
        // team's short form, not an event's.
        (
            "Contrack International, of Arlington, Virginia, leads the group. Contrack said \
             the work could not be done.",
            &["O:Contrack International", "L:Arlington", "L:Virginia"],
        ),
        (
            "Lleyton Hewitt beat Ivo Minar 7-5 6-0 in the final of the Sydney \
             International. The champion will defend his title in Sydney next year.",
            &[
                "P:Lleyton Hewitt",
                "P:Ivo Minar",
                "O:Sydney International",
                "L:Sydney",
            ],
        ),
        // A given name Webster's lists as a word ("goran") still opens a person's name: a
        // player beaten is no team.
        (
            "Top seed Pete Sampras of the United States beat Goran Ivanisevic of Croatia \
             6-7 7-6 6-4 on Saturday to reach the final. Goran served well.",
            &[
                "P:Pete Sampras",
                "P:Goran Ivanisevic",
                "L:United States",
                "L:Croatia",
            ],
        ),
        // In a sports story, a town in a sentence giving a score is a side, unless it is
        // where the match was played; a town is no "who".
        (
            "Newcastle, who had led the table for much of the autumn, were held 1-1 at \
             home by Coventry. Liverpool went top of the league after a 3-1 win over \
             Middlesbrough at Anfield, Fowler scored twice. The tour of the season moves to \
             Istanbul, Turkey \
             from 10-13 February.",
            &[
                "O:Newcastle",
                "O:Coventry",
                "O:Liverpool",
                "O:Middlesbrough",
                "L:Anfield",
                "L:Istanbul",
                "L:Turkey",
            ],
        ),
        // "to" after a score, "home" or a defeat names the opponent, no destination.
        (
            "Atletico Madrid, the league champions, lost 2-1 at home to Valencia on \
             Sunday, their striker sent off before half-time. The squad then moves to \
             Lisbon for the cup match.",
            &["O:Atletico Madrid", "O:Valencia", "L:Lisbon"],
        ),
        // "Government" ends an organization's name; an adverb opening a sentence is no
        // part of a name, nor a speech verb before its speaker and colon.
        (
            "The Welsh Assembly Government said it would act. Human Rights Watch says the \
             vote was unfair. Perhaps Robinson was right. Said Williams: \"It is time.\"",
            &[
                "P:Robinson",
                "P:Williams",
                "O:Welsh Assembly Government",
                "O:Human Rights Watch",
            ],
        ),
        // "Les" before a surname is a given name; before another word, the article of a
        // French title.
        (
            "Les Ferdinand scored twice, the daily Les Echos reported.",
            &["P:Les Ferdinand", "O:Les Echos"],
        ),
        // A title closing a description before the name's commas makes it a person's,
        // though a town bears the name (not a role a body may hold).
        (
            "The lower house speaker, Luis Eduardo Magalhaes, said a vote was near. The new \
             owner, Kestrel Global, declined to comment.",
            &["P:Luis Eduardo Magalhaes", "O:Kestrel Global"],
        ),
        // A web domain glued to a name is part of it, and names a company; it ends the
        // name but for a legal suffix.
        (
            "Shares in Amazon.com Inc rose. Layoffs.fyi counts the cuts. The \
             Whatsonstage.com Theatregoers' Choice winners were named.",
            &[
                "O:Amazon.com Inc",
                "O:Layoffs.fyi",
                "O:Whatsonstage.com",
                "O:Theatregoers",
            ],
        ),
        // "and Sons" closes a company's name.
        (
            "He joined Bernard Matthews and Sons in 1990.",
            &["O:Bernard Matthews and Sons"],
        ),
        // Indonesia's "PT" opens a company's name, "Tbk" closes one; a family's name is
        // a person's.
        (
            "\"Foreigners are coming back,\" said Tjandra Wijaya of PT Danareksa \
             Sekuritas. The carmaker, controlled by the Soeryadjaya family until 1992, \
             sells cars. Shares in Bank Mandiri Tbk fell.",
            &[
                "P:Tjandra Wijaya",
                "P:Soeryadjaya",
                "O:PT Danareksa Sekuritas",
                "O:Bank Mandiri Tbk",
            ],
        ),
        // A faith is no organization, person or place.
        (
            "Critics say Islam and Christianity share the values. Sikhism arrived later.",
            &[],
        ),
        // "Like" and "Unlike" opening a sentence are no part of the name; a title in the
        // plural before names listed is a title ("Senators Ted Cruz and Marco Rubio").
        (
            "Like Ronald Reagan, he spoke. Unlike Ann Pike, he smiled. Senators Ted Cruz \
             and Marco Rubio spoke. He met Presidents Reagan and Barack Obama.",
            &[
                "P:Ronald Reagan",
                "P:Ann Pike",
                "P:Ted Cruz",
                "P:Marco Rubio",
                "P:Barack Obama",
            ],
        ),
        // A lawmaker's party and state, written the AP's way, name no body; a surname
        // that heads places too is a surname after a title ("Rep. Lou Hill").
        (
            "Sen. Ann Pike, D-Mass., and Rep. Tom Hale (R-Texas) wrote to the board. Sen. \
             Ed Marsh, R-S.C., and Rep. Lou Hill, R-TX, did not. D-Day came early.",
            &["P:Ann Pike", "P:Tom Hale", "P:Ed Marsh", "P:Lou Hill"],
        ),
        // "Whatever", "Whenever" open a sentence, no name.
        (
            "Robert Kilroy-Silk left. Whatever Kilroy-Silk and UKIP do, it fails. Wherever \
             Jane Roe goes, fans follow.",
            &["P:Robert Kilroy-Silk", "P:Jane Roe", "O:UKIP"],
        ),
        // A town that speaks and has a chief economist is a company.
        (
            "Prices rose, Halifax said. Martin Ellis, Halifax chief economist, said the \
             market was strong. Halifax said prices would rise again.",
            &["P:Martin Ellis", "O:Halifax"],
        ),
        // Regions of England; banks and groups named in another language.
        (
            "Prices in the North West and East Anglia rose, Banque Misr and Grupo Televisa \
             said.",
            &[
                "O:Banque Misr",
                "O:Grupo Televisa",
                "L:North West",
                "L:East Anglia",
            ],
        ),
        // People of a city are no entity.
        (
            "But the 25-year-old Dubliner wants to stay, and the Londoners agree.",
            &[],
        ),
        // A disease named for a person names nobody.
        (
            "The plan widens research into cancer, Alzheimer's and diabetes.",
            &[],
        ),
        // An English noun opening the sentence before a given name describes the person.
        (
            "Composer Andrew Lloyd Webber sold the theatre.",
            &["P:Andrew Lloyd Webber"],
        ),
        (
            "Pianist Oleg Marchenko played twice.",
            &["P:Oleg Marchenko"],
        ),
        // A plural noun for people likewise, before a given name that is no English word
        // (not "Barnes Wallis": a surname).
        (
            "Youngsters Ben Hudell and Joe Keenan could start. Veterans Mark Jones, 34, and \
             Tom Price may not. Barnes Wallis designed it.",
            &[
                "P:Ben Hudell",
                "P:Joe Keenan",
                "P:Mark Jones",
                "P:Tom Price",
                "P:Barnes Wallis",
            ],
        ),
        ("General Motors cut jobs.", &["O:General Motors"]),
        // A nationality made a noun for people names nobody.
        (
            "The Welshman scored twice, and two Irishmen were sent off.",
            &[],
        ),
        (
            "Hamish MacDonell, political editor of The Scotsman, said it was stupid.",
            &["P:Hamish MacDonell", "O:Scotsman"],
        ),
        // An adjective opening a quote before a plural noun that doubles as a speech
        // verb ("reports", "claims") is no speaker; a chapter of the bankruptcy code is
        // no place.
        (
            "\"Gloomy reports from the shops are a worry,\" said Ann Lee.",
            &["P:Ann Lee"],
        ),
        // (Also an adjective that is a surname too, before a verb for a plural subject.)
        (
            "Harsh comments are earning some Germans more than scorn, said Ann Lee.",
            &["P:Ann Lee"],
        ),
        // A product named by what it is, at any of its mentions, is no organization.
        (
            "US drugs group Eli Lilly defended its anti-depressant drug Zolac. Zolac sales \
             fell.",
            &["O:Eli Lilly", "L:US"],
        ),
        (
            "Gamers queued for the console Vireo. Vireo went on sale at Dixons.",
            &["O:Dixons"],
        ),
        // … and one that an apposition says is one: ", its heart drug".
        (
            "Investors want revenue to replace sales of Cardiva, its heart drug, which \
             loses patent protection in the United States. Merck, the drug company, and \
             Novax, a vaccine maker, agreed.",
            &["O:Merck", "O:Novax", "L:United States"],
        ),
        // A title of several words after the noun, and the same title anywhere else.
        (
            "Mike Lee's abortion drama Vera Drayton won. Imelda Stanton stars in Vera \
             Drayton, and the film Million Dollar Infant is due in May.",
            &["P:Mike Lee", "P:Imelda Stanton"],
        ),
        (
            "Aid was sent after Hurricane Orla. Orla killed 300 people in Belize.",
            &["L:Belize"],
        ),
        (
            "Peers may amend the Bill as it passes through the Lords.",
            &[],
        ),
        // A small number continues a station's name.
        (
            "She told BBC Radio 4's Today programme she would watch Channel 4 News with \
             BBC Radio 1 DJ Trevor Nelson.",
            &[
                "P:Trevor Nelson",
                "O:BBC Radio 4",
                "O:Channel 4 News",
                "O:BBC Radio 1",
            ],
        ),
        (
            "The show moved from the BBC to Channel 4.",
            &["O:BBC", "O:Channel 4"],
        ),
        // A known company and a model code is the company.
        (
            "Airbus A320 jets and a Pontiac G6 were seen.",
            &["O:Airbus", "O:Pontiac"],
        ),
        // A title word before an event or a plural noun opens no one's name.
        (
            "Before the General Election, the Association of Chief Police Officers spoke.",
            &["O:Association of Chief Police Officers"],
        ),
        (
            "Mr Jobs met Minister Hazel Blears.",
            &["P:Jobs", "P:Hazel Blears"],
        ),
        // A member of a parliament is a title; the party before it an organization.
        (
            "Tory MP Patrick Holt and Lib Dem MSP Rhys Lane wrote to the PM.",
            &["P:Patrick Holt", "P:Rhys Lane", "O:Tory", "O:Lib Dem"],
        ),
        // The name before a member's title is a constituency, unless a party.
        (
            "Ealing North MP Steve Pike spoke with Ruth Kelly MP and the Bolton West MP.",
            &[
                "P:Steve Pike",
                "P:Ruth Kelly",
                "L:Ealing North",
                "L:Bolton West",
            ],
        ),
        // So is a known place with a compass point, and a name before "seat".
        (
            "The first question came from Luton North's Bob Laxton. John Houston was due \
             to stand in the East Kilbride seat.",
            &[
                "P:Bob Laxton",
                "P:John Houston",
                "L:Luton North",
                "L:East Kilbride",
            ],
        ),
        // People of a nationality, a range of months in one word.
        (
            "A million Sri Lankans lost work in the October-to-December quarter.",
            &[],
        ),
        (
            "The carrier emerged from Chapter 11 bankruptcy protection in April.",
            &[],
        ),
        (
            "The drug is a landmark for patients with MS. Final approval should follow.",
            &[],
        ),
        ("However, the company grew.", &[]),
        ("Analysts see the layoffs as discipline.", &[]),
        ("Insiders say the plan is risky.", &[]),
        ("The AI push worried the CEO.", &[]),
        ("Efficiency is the new currency in Big Tech.", &[]),
        ("British and Dutch investors sold.", &[]),
        // Faiths are no names, nor a participle opening a headline before a nationality.
        (
            "Two Roman Catholic priests and an Anglican bishop met.",
            &[],
        ),
        ("Escaped British prisoner recaptured.", &[]),
        // Storms, operations and cup competitions are no names.
        (
            "Hurricane Ivan hit output. Typhoon Songda moved north.",
            &[],
        ),
        // A country before a title is the country's officer's, no organization.
        (
            "“It is a fracture,” said England doctor Simon Kemp.",
            &["P:Simon Kemp", "L:England"],
        ),
        // A law's name runs on past "and"; an event's after a person's does not.
        (
            "MPs debated the Serious Organised Crime and Police Bill. Lindsay Davenport and \
             French Open champion Anastasia Myskina will play.",
            &["P:Lindsay Davenport", "P:Anastasia Myskina"],
        ),
        // So is a known place before the office of its government ("Halifax chief
        // economist" is the bank's).
        (
            "US state Texas has sued. “Spam must be stopped,” said Greg Abbott, Texas attorney \
             general. The Texas attorney general said it broke the Texas Electronic Mail and \
             Solicitation Act.",
            &["P:Greg Abbott", "L:US", "L:Texas"],
        ),
        // Nor cup competitions; Spain's clubs are known organizations.
        (
            "Martin Zubimendi won the Copa del Rey with Real Sociedad in 2020.",
            &["P:Martin Zubimendi", "O:Real Sociedad"],
        ),
        // A nationality that is also a given name, before an acronym.
        (
            "Speaking on German TV, Bert Ruerup said the findings were clear.",
            &["P:Bert Ruerup"],
        ),
        // A title word before a capitalized connector names no one.
        ("Last year The Lord Of the Rings won again.", &[]),
        // A short month after a time preposition, or ending a range of months.
        (
            "From January to June Comelf exported more. In May Tesco cut prices.",
            &["O:Comelf", "O:Tesco"],
        ),
        // Acronyms of common nouns: statistics, diseases, rates and bills.
        (
            "His ERA fell to 2.10 with 90 RBI, and Libor rose as T-bills fell.",
            &[],
        ),
        ("The Aids charity warned about HIV.", &[]),
        // Units.
        ("The plant will make 2,000 MW, or 9 GWh a day.", &[]),
        ("Eurodollar futures eased as Eurobonds rallied.", &[]),
        // A month after "in" that happens to come before "said".
        (
            "The government, which in May said it had detained them, relented.",
            &[],
        ),
        // Market indices are no organizations; the companies they are named after are.
        (
            "The FTSE 100 rose, the Nikkei fell and the Dow Jones industrial average gained.",
            &[],
        ),
        // … nor are those named with their number ("S&P" alone is the rating agency).
        (
            "The S&P 500 fell, the Stoxx Europe 600 and the Russell 2000 were flat and the \
             CAC 40 gained. S&P cut Italy's rating.",
            &["O:S&P", "L:Italy"],
        ),
        (
            "World markets\n\nFTSE close 3,885.0 Nikkei close 20,553.16\n\nShares fell in London.",
            &["L:London"],
        ),
        (
            "Dow Jones & Co. and Dow Chemical Co. reported.",
            &["O:Dow Jones & Co.", "O:Dow Chemical Co."],
        ),
        ("Sales rose on Monday and fell in March.", &[]),
        ("“Everyone knew restructuring was coming,” he said.", &[]),
        ("“We’ve reached a point,” the memo read.", &[]),
        ("Firms that fail risk burning billions.", &[]),
        ("Many of these are in content moderation.", &[]),
        ("The GDP figure and the IPO were delayed.", &[]),
        ("They watched the World Cup and the U.S. Open.", &[]),
        // A company named "Games" is no event: an apposition or a role says so.
        (
            "The Olympic Games opened. Epic Games, the video game maker, sued. Jo Hart, \
             director of Yahoo Games, spoke to Argonaut Games chief executive Jez San.",
            &[
                "P:Jo Hart",
                "P:Jez San",
                "O:Epic Games",
                "O:Yahoo Games",
                "O:Argonaut Games",
            ],
        ),
        (
            "It was his last Grand Slam event before the Six Nations Grand Slam.",
            &[],
        ),
        (
            "The Sarbanes-Oxley Act and the Kyoto Protocol were cited.",
            &[],
        ),
        ("I think we will see growth, I said.", &[]),
        (
            "The Olympics drew crowds on Christmas, as for several Christmases.",
            &[],
        ),
        // A plural event head alone is the event, in a sports story too: "in Tests", "the
        // European Indoors", "the Championships".
        (
            "England beat Wales 11-9 in Cardiff on Saturday, and the striker scored twice. The \
             flanker was sent off in Tests last season. She ran at the European Indoors and \
             won at the Championships.",
            &["L:England", "L:Wales", "L:Cardiff"],
        ),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

#[test]
fn headings_only_mention_what_the_body_names() {
    check(
        "The Human Cost of Efficiency\nStaff at Acme Corp. were told on Friday.\n",
        &["O:Acme Corp."],
    );
    let doc = Document::parse(
        "Zuckerberg’s AI-First Future\nMark Zuckerberg wants AI everywhere, he told staff.\n",
    );
    let e = entities(&doc);
    assert_eq!(e.people.len(), 1);
    assert_eq!(e.people[0].mentions.len(), 2, "the heading mention counts");
    assert!(e.organizations.is_empty());
    check(
        "LONDON 1996-08-30\n\nShares fell in early trading, dealers said.\n",
        &["L:London"],
    );
    check(
        "Hiring in New Frontiers\nThe firm is hiring in Europe and India.\n",
        &["L:Europe", "L:India"],
    );
    // A known organization's name that is a common word, in a line of capitals the body
    // does not bear out, is the word ("BELOW TARGET"); a place stays one.
    check(
        "ROMANIA COMELF PROFIT RISE BELOW TARGET.\n\nProfit at the firm rose 5% in the first \
         half, short of its goal.\n",
        &["L:Romania"],
    );
    // A result in capitals names each side, as the body writes it.
    check(
        "SOCCER - FRANCE BEAT MEXICO 2-0 IN FRIENDLY.\n\nFrance beat Mexico 2-0 on \
         Saturday.\n",
        &["L:France", "L:Mexico"],
    );
    // A wire's credits in parentheses are no heading.
    check(
        "Rates were held.\n\n(Reporting by Balazs Koranyi; Editing by Toby Chopra)\n",
        &["P:Balazs Koranyi", "P:Toby Chopra"],
    );
    // A body's acronym, or a company's name without its legal suffix, names it in a
    // heading; so does its acronym opening a sentence.
    let doc = Document::parse(
        "LME Copper Slides As Sumitomo Unwinds\n\nCopper prices on the London Metal \
         Exchange fell, dealers at Sumitomo Corp said. LME stocks rose.\n",
    );
    let e = entities(&doc);
    let orgs: Vec<(&str, usize)> = e
        .organizations
        .iter()
        .map(|o| (o.name.as_str(), o.mentions.len()))
        .collect();
    assert_eq!(orgs, [("London Metal Exchange", 3), ("Sumitomo Corp", 2)]);
}

#[test]
fn typing_organizations() {
    let cases: &[(&str, &[&str])] = &[
        // In a sports story, what a player's position is named after is his club; a known
        // place stays one.
        (
            "The striker scored in the league match. The Borders flanker has a knee injury, \
             and an England striker is out.",
            &["O:Borders", "L:England"],
        ),
        // Rugby's words mark a sports story too: towns that beat each other are clubs.
        (
            "The fly-half kicked well and the scrum-half scored two tries as Gloucester beat \
             Leicester.",
            &["O:Gloucester", "O:Leicester"],
        ),
        // Known clubs, though a surname or a town's name.
        (
            "The side qualified alongside Partizan Belgrade and Villarreal. He moved to \
             Chelsea from Anderlecht in 1997.",
            &[
                "O:Partizan Belgrade",
                "O:Villarreal",
                "O:Chelsea",
                "O:Anderlecht",
            ],
        ),
        // Titles opening with "My" or "So" (function words the Census lists as names) name
        // no one.
        (
            "She loved My Fair Lady, and So Solid Crew played the theme.",
            &["O:My Fair Lady", "O:So Solid Crew"],
        ),
        // A given name that is an English word, before a common word that is no surname,
        // opens no person's name; before a surname it does.
        (
            "Tickets for the Bee Gees sold out, and Marvel Comics printed the poster. Rich \
             Hill and Nan Goldin shot the pictures.",
            &[
                "P:Rich Hill",
                "P:Nan Goldin",
                "O:Bee Gees",
                "O:Marvel Comics",
            ],
        ),
        // What a thing is called is no speaker; a body's pronoun after the name's own verb
        // makes a body, a person's makes a person.
        (
            "The MPAA closed a network called Lokimesh. A man called Tarvo Benn ran it. He \
             said Vexnet also did its own intelligence work.",
            &["P:Tarvo Benn", "O:MPAA", "O:Lokimesh", "O:Vexnet"],
        ),
        // Head words close a company's name though a given name opens it; a known company.
        (
            "Crystal Cruises and Diamond Multimedia cut jobs, while Ask Jeeves grew.",
            &["O:Crystal Cruises", "O:Diamond Multimedia", "O:Ask Jeeves"],
        ),
        // A newspaper or magazine names a publication after it, though a given name opens
        // the name (not a place: "a daily Amsterdam newspaper").
        (
            "Ian Harris, deputy editor of UK magazine Mac Format, said the machine would sell. \
             De Telegraaf, a daily Amsterdam newspaper, ran the picture.",
            &[
                "P:Ian Harris",
                "O:Mac Format",
                "O:De Telegraaf",
                "L:UK",
                "L:Amsterdam",
            ],
        ),
        // "Airline" heads a company's name as "Airlines" does.
        (
            "She said pictures of male Delta Airline employees in uniform are on the web.",
            &["O:Delta Airline"],
        ),
        // Relief bodies a list knows.
        (
            "The Turkish Red Crescent said it had dispatched tents to Erzincan.",
            &["O:Red Crescent", "L:Erzincan"],
        ),
        // A name ending in a plural that is no surname names a body, though it speaks.
        (
            "Rival Halcyon Micro Devices said it expected a charge.",
            &["O:Halcyon Micro Devices"],
        ),
        // An owner, investor or partner may be a body: no person by that apposition.
        (
            "The sale has destroyed Yukos, once the owner of Yuganskneftegas. Yukos claims \
             that it is punished.",
            &["O:Yukos", "O:Yuganskneftegas"],
        ),
        // Movements and fronts; "Deutsche" opens a body's name.
        (
            "Police arrested 35 activists of the Mohajir Qaumi Movement. Analysts at \
             Deutsche Morgan Grenfell agreed.",
            &["O:Mohajir Qaumi Movement", "O:Deutsche Morgan Grenfell"],
        ),
        // A word for a body and a person's role: a body, unless where it works follows.
        (
            "Banks may sue, as may Consob, Italy's stock market regulator. So said Ann Lee, \
             a broker at Numis.",
            &["P:Ann Lee", "O:Consob", "O:Numis", "L:Italy"],
        ),
        // A participle's agent after the comma is not the name's apposition; a particle
        // before two words or more opens a body's name.
        (
            "Air Deccan, set up by army officer Gorur Gopinath, bought planes from Avions de \
             Transport Regional.",
            &[
                "P:Gorur Gopinath",
                "O:Air Deccan",
                "O:Avions de Transport Regional",
            ],
        ),
        // An English word listed with an organization is one too (not a word of a
        // name that shares its head word, nor one before "and" alone).
        (
            "Airline shares fell, with Delta, Continental and American Airlines all down. \
             Players made by Samsung, Rio and Creative sold well. Officials at the Finance \
             and Economy Ministry and Labour and Conservative governments agreed.",
            &[
                "O:Delta",
                "O:Continental",
                "O:American Airlines",
                "O:Samsung",
                "O:Rio",
                "O:Finance and Economy Ministry",
                "O:Labour",
            ],
        ),
        // An office's possessive before "Office" is the office's name.
        (
            "The US Trade Representative's Office said it wants talks. A spokeswoman for \
             the Information Commissioner's Office agreed.",
            &[
                "O:US Trade Representative's Office",
                "O:Information Commissioner's Office",
            ],
        ),
        // A name after the title's words is the title's: "Commons" is no person by it.
        // ("Roche, a former Davis Cup player," is.)
        (
            "In the Commons, Tory frontbencher Andrew Tyrie MP demanded a statement. It was \
             put to the House of Commons. Tony Roche was coach. Roche, a former Davis Cup \
             player, agreed.",
            &[
                "P:Andrew Tyrie",
                "P:Tony Roche",
                "O:Commons",
                "O:Tory",
                "O:House of Commons",
            ],
        ),
        // Venture firms listed after "investors"; a funding round names nothing.
        (
            "Existing investors Andreessen Horowitz and General Catalyst joined the Series \
             C round, according to data from PitchBook.",
            &["O:Andreessen Horowitz", "O:General Catalyst", "O:PitchBook"],
        ),
        // A brand's inner capital: a name, though the word is English.
        (
            "Pilots at budget airline SkyWays voted to strike. SkyWays said it was sorry.",
            &["O:SkyWays"],
        ),
        // A head word in the plural before "of".
        (
            "The work was funded by the US National Institutes of Health and the \
             National Academies of Sciences.",
            &[
                "O:US National Institutes of Health",
                "O:National Academies of Sciences",
            ],
        ),
        // A spokesperson is from a body (a teacher may be from a place).
        (
            "“We welcome the plan,” a spokesperson from Ofwex told the BBC.",
            &["O:Ofwex", "O:BBC"],
        ),
        // A particle before a place, after a word that is no given name: a body.
        (
            "Spain's Aguas de Barcelona is its second biggest shareholder.",
            &["O:Aguas de Barcelona", "L:Spain"],
        ),
        // A known organization that is a given name too opens a company's name before
        // a common noun ("Meta Platforms"), a person's before a surname ("Chelsea
        // Manning").
        (
            "Microsoft, Meta Platforms and Alphabet pledged more. Chelsea Manning was \
             released in May.",
            &[
                "P:Chelsea Manning",
                "O:Microsoft",
                "O:Meta Platforms",
                "O:Alphabet",
            ],
        ),
        // In a sports story, a town opening a sentence before its verb is the side (a
        // country stays a place).
        (
            "Leeds need another 148 runs with five wickets in hand, and the batsman was \
             out for 12 as the bowler took three wickets. France won the toss.",
            &["O:Leeds", "L:France"],
        ),
        // In a sports story, a town's club: "X City", "X Town" after a known place (not
        // where something happens: "in Atlantic City").
        (
            "Tom Nichols scored twice as Bristol Rovers won 2-1 at Exeter City. The \
             striker's goals leave Exeter City fourth, and the goalkeeper was blamed \
             for the second goal. The sides meet again in a friendly in Atlantic City.",
            &[
                "P:Tom Nichols",
                "O:Bristol Rovers",
                "O:Exeter City",
                "L:Atlantic City",
            ],
        ),
        // So does a plural noun for people, also before a comma.
        (
            "The bid is led by his two sons, Avi and Joel. Strikers Zoltan Varga and \
             Kestrel Reed scored.",
            &["P:Avi", "P:Joel", "P:Zoltan Varga", "P:Kestrel Reed"],
        ),
        // A plural organization noun before a list says what all of it is.
        (
            "The singer named the tabloids Daily Wire, In Touch and Star as the worst. \
             Investors backed the companies Halvorsen, Brightwater and Ted Cole.",
            &[
                "O:Daily Wire",
                "O:In Touch",
                "O:Star",
                "O:Halvorsen",
                "O:Brightwater",
                "O:Ted Cole",
            ],
        ),
        // A plural noun for people or bodies opening the sentence is no part of the
        // name after it (not "Savings Bank", "Doctors Without Borders").
        (
            "Sprinters Kostas Kavros and Dimitri Lavos were banned. Firms Kelvara and \
             Dunmore lost. Doctors Without Borders and Savings Bank of Kestrel spoke.",
            &[
                "P:Kostas Kavros",
                "P:Dimitri Lavos",
                "O:Kelvara",
                "O:Dunmore",
                "O:Doctors Without Borders",
                "O:Savings Bank of Kestrel",
            ],
        ),
        // Common words opening a sentence before an apposition that says what they
        // name (not a phrase of time: "Last Tuesday, the company said"); and after
        // "according to", where the apposition's "state" is no speech verb.
        (
            "Home Mutual, the state's largest home insurer, stopped writing policies. Last \
             Tuesday, the company said so. Acres burned, according to Kestrel Fire, the \
             state's firefighting agency.",
            &["O:Home Mutual", "O:Kestrel Fire"],
        ),
        // Where a person of a given age is from: "Peter Morrow, 58, of Guildford".
        (
            "Peter Morrow, 58, of Haslemoor, Surrey, was convicted.",
            &["P:Peter Morrow", "L:Haslemoor", "L:Surrey"],
        ),
        // A law's name used alone is no organization.
        (
            "Firms must comply with the Sarbanes-Oxley Act. The cost of Sarbanes-Oxley has \
             kept Acme Holdings off Wall Street.",
            &["O:Acme Holdings", "L:Wall Street"],
        ),
        // An organization noun, then the name set off by commas.
        (
            "Another troubled financial firm, Harbour Life, is facing lawsuits.",
            &["O:Harbour Life"],
        ),
        (
            "The head of the state-owned Naftohaz company, Yury Boyko, spoke.",
            &["P:Yury Boyko", "O:Naftohaz"],
        ),
        // A nationality opening an "X of Y" organization is part of its name.
        (
            "Yukos turned to the European Court of Human Rights and the Italian Bank of \
             Rome.",
            &[
                "O:Yukos",
                "O:European Court of Human Rights",
                "O:Italian Bank of Rome",
            ],
        ),
        // Where someone with a role works, "the" between: an organization.
        (
            "\"There will be no new factories,\" said Xing Wangli, a spokesman for the \
             State Tobacco Administration Monopoly quoted in China Daily.",
            &[
                "P:Xing Wangli",
                "O:State Tobacco Administration Monopoly",
                "O:China Daily",
            ],
        ),
        // A lower-case organization noun before an English word names it ("leisure
        // group Rank"); the last word of a company named in the article is that company.
        // An English plural ends no person's name, but an Iberian surname in "-os" may.
        (
            "The deal was backed by Halloran Stockbrokers in Dublin.",
            &["O:Halloran Stockbrokers", "L:Dublin"],
        ),
        ("Midfielder Anael Pedros scored twice.", &["P:Anael Pedros"]),
        // Head words: "Management" and "Co-operation" end organizations' names; a show,
        // a lecture or a plan is an event or a document, no entity.
        (
            "Analysts at Solaris Asset Management and Asia Pacific Economic Co-operation \
             met at the Geneva Motor Show to discuss the Marshall Plan.",
            &[
                "O:Solaris Asset Management",
                "O:Asia Pacific Economic Co-operation",
                "L:Geneva",
            ],
        ),
        // A word for a person or a relative before an English word makes it a name.
        ("His brother Anil disagreed with the plan.", &["P:Anil"]),
        // A nationality made a noun for people opens no name.
        (
            "Irishmen Sean Dunne and Liam Kelly sold. Frenchwoman Camille Roux won.",
            &["P:Sean Dunne", "P:Liam Kelly", "P:Camille Roux"],
        ),
        // Well-known firms whose names look like people's.
        (
            "Auditors Grant Thornton and Ernst and Young signed off the accounts.",
            &["O:Grant Thornton", "O:Ernst and Young"],
        ),
        (
            "Accountants Grant Thornton and Ernst and Young signed off the accounts.",
            &["O:Grant Thornton", "O:Ernst and Young"],
        ),
        (
            "The rest was bought by market leader Caledon last year.",
            &["O:Caledon"],
        ),
        // (And a partner in business: "local partner Zywiec"; a firm's partner is a
        // person: "managing partner Jane Roe".)
        (
            "It formed a venture with local partner Zywiec, said managing partner Ana Ruiz.",
            &["P:Ana Ruiz", "O:Zywiec"],
        ),
        (
            "Brent crude rose 40 cents in London trading, and US crude fell.",
            &["O:Brent", "L:London", "L:US"],
        ),
        (
            "Leisure group Rank may sell its film arm. Rank wants to focus on bingo.",
            &["O:Rank"],
        ),
        (
            "Jobs at MG Rover's plant may go. Rover told reporters it was confident.",
            &["O:MG Rover"],
        ),
        // A title before the next name is no apposition of the name before the comma.
        (
            "In an interview with Northland Public Radio, President Maria Lopez criticized the plan.",
            &["P:Maria Lopez", "O:Northland Public Radio"],
        ),
        (
            "Talks were held with the Sant'Elia Community, an Italian Roman Catholic charity.",
            &["O:Sant'Elia Community"],
        ),
        // A clause after the comma is no apposition.
        (
            "Mr Ford was flown to the Royal Brompton Hospital, where the chief surgeon \
             operated on him.",
            &["P:Ford", "O:Royal Brompton Hospital"],
        ),
        (
            "Northfield Breweries Ltd. closed a plant.",
            &["O:Northfield Breweries Ltd."],
        ),
        (
            "Acme Holdings and Zenith Group merged.",
            &["O:Acme Holdings", "O:Zenith Group"],
        ),
        (
            "Kestrel Corp. and Bramble Inc. sued.",
            &["O:Kestrel Corp.", "O:Bramble Inc."],
        ),
        (
            "Investors in Larkspur plc and Osprey AG sold.",
            &["O:Larkspur plc", "O:Osprey AG"],
        ),
        (
            "Analysts at Wedbush Securities agreed.",
            &["O:Wedbush Securities"],
        ),
        (
            "Jane Roe, a psychiatrist at Northwell Health in New York, led the trial.",
            &["P:Jane Roe", "O:Northwell Health", "L:New York"],
        ),
        // Well-known companies named after people stay companies.
        (
            "Kroger said it was disappointed; Albertsons did not comment.",
            &["O:Kroger", "O:Albertsons"],
        ),
        // An ampersand inside a word makes an organization too.
        (
            "They offered to sell 579 stores to C&S Wholesale Grocers.",
            &["O:C&S Wholesale Grocers"],
        ),
        // So is one that moves by a percentage.
        (
            "Shares of Walmart were flat, while Gap fell 3% and Hammer rose 2.5 percent.",
            &["O:Walmart", "O:Gap", "O:Hammer"],
        ),
        // So is one a role is held at ("chief economist at Nationwide").
        (
            "“The bar is higher,” said Kathy Bostjancic, chief economist at Nationwide.",
            &["P:Kathy Bostjancic", "O:Nationwide"],
        ),
        // Newspapers of other countries are known organizations, their particles inside.
        (
            "The Gazzetta dello Sport said the deal would cost Atalanta $600,000, and \
             Corriere della Sera and Le Monde agreed.",
            &[
                "O:Gazzetta dello Sport",
                "O:Atalanta",
                "O:Corriere della Sera",
                "O:Le Monde",
            ],
        ),
        // So are large companies of other sectors and countries, though "from" reads a
        // place and a name of two words a person's.
        (
            "She joined from Maersk in 2019, and Ahold Delhaize and Foxconn followed.",
            &["O:Maersk", "O:Ahold Delhaize", "O:Foxconn"],
        ),
        // (Private equity firms: a place's name, a person's shape.)
        (
            "The bank held talks with Blackstone Inc. and Silver Lake, while Warburg Pincus \
             and Thoma Bravo declined.",
            &[
                "O:Blackstone Inc.",
                "O:Silver Lake",
                "O:Warburg Pincus",
                "O:Thoma Bravo",
            ],
        ),
        // A source after "according to" is named though it is an English word, and one
        // with no person's name is a body.
        (
            "Prices rose 5% in March, according to Redfin. Rents fell, according to Zillow.",
            &["O:Redfin", "O:Zillow"],
        ),
        // … and one a company's office is "of", a given name's shape aside (a country
        // stays a place).
        (
            "“It is obvious,” said Jim Cardwell, president of Warner Home Video. Ann Lee, \
             chairman of Buena Vista, agreed with the president of France.",
            &[
                "P:Jim Cardwell",
                "P:Ann Lee",
                "O:Warner Home Video",
                "O:Buena Vista",
                "L:France",
            ],
        ),
        // … a role in the plural too, a surname's shape aside.
        (
            "Analysts at Bernstein said the price was fair but unspectacular.",
            &["O:Bernstein"],
        ),
        // Observatories, forums and roundtables are bodies, a nationality opening them.
        (
            "The European Cloud Competition Observatory and the American Action Forum \
             disagreed.",
            &[
                "O:European Cloud Competition Observatory",
                "O:American Action Forum",
            ],
        ),
        // A surname that reads as an English plural, after a place's preposition.
        ("She has farmed soybeans in Ames for 31 years.", &["L:Ames"]),
        // Temperature scales and a unit's letter after a number name nothing.
        (
            "Paris was to reach 38 degrees Celsius (100 degrees Fahrenheit); Seville \
             recorded 46 C.",
            &["L:Paris", "L:Seville"],
        ),
        // Banks named after people are known; a currency's mark before its amount
        // names nothing.
        (
            "Analysts at Jefferies said the group is worth about Rs 12 lakh crore.",
            &["O:Jefferies"],
        ),
        // A brand's capital inside its first word ("GlobalData"), not a name's prefix.
        (
            "Analysts at GlobalData Retail agreed with LeBron James and Leonardo DiCaprio.",
            &[
                "P:LeBron James",
                "P:Leonardo DiCaprio",
                "O:GlobalData Retail",
            ],
        ),
        // An English word whose possessive has an officer is a body ("Scope's executive
        // director").
        (
            "James Taylor, Scope's executive director of strategy, said it was unfair.",
            &["P:James Taylor", "O:Scope"],
        ),
        (
            "Rowell told Bath's official website he was pleased.",
            &["P:Rowell"],
        ),
        (
            "The AI Policy Institute published a report.",
            &["O:AI Policy Institute"],
        ),
        ("Reality Labs lost money.", &["O:Reality Labs"]),
        (
            "The Prudential Regulation Authority warned banks.",
            &["O:Prudential Regulation Authority"],
        ),
        (
            "The University of Michigan ran the survey.",
            &["O:University of Michigan"],
        ),
        (
            "The Ministry of Finance said nothing.",
            &["O:Ministry of Finance"],
        ),
        ("Shares of Tesla and Nvidia rose.", &["O:Tesla", "O:Nvidia"]),
        (
            "The Federal Reserve and the ECB held rates.",
            &["O:Federal Reserve", "O:ECB"],
        ),
        (
            "The IMF and the World Bank met in Washington.",
            &["O:IMF", "O:World Bank", "L:Washington"],
        ),
        (
            "Reuters and Bloomberg reported the deal.",
            &["O:Reuters", "O:Bloomberg"],
        ),
        (
            "The Labour Party and the Teamsters objected.",
            &["O:Labour Party", "O:Teamsters"],
        ),
        (
            "Goldman Sachs advised Morgan Stanley. Parts maker Robert Bosch gained. \
             Dresdner Kleinwort Wasserstein said: \"It feels like spring.\"",
            &[
                "O:Goldman Sachs",
                "O:Morgan Stanley",
                "O:Robert Bosch",
                "O:Dresdner Kleinwort Wasserstein",
            ],
        ),
        // A brewer written without its apostrophe, whose name is an English plural.
        (
            "Analysts asked whether Fosters was more likely to bid than Heineken.",
            &["O:Fosters", "O:Heineken"],
        ),
        (
            "Pinecrest Foundation gave grants.",
            &["O:Pinecrest Foundation"],
        ),
        (
            "Lakeshore Capital Partners bought the stake.",
            &["O:Lakeshore Capital Partners"],
        ),
        (
            "The New York Times reported it first.",
            &["O:New York Times"],
        ),
        // A word with a figure opens no person's name; a company's mill set off by commas.
        (
            "Lockheed offered the P-3 Orion maritime surveillance aircraft to India.",
            &["O:Lockheed", "O:P-3 Orion", "L:India"],
        ),
        (
            "The mill, Zaporizhstal, is one of the most profitable in Ukraine.",
            &["O:Zaporizhstal", "L:Ukraine"],
        ),
        // A common English word closes no person's name of words never written in lower
        // case (a rare one may: "Mirza"; an initial opens one); nor does an adverb opening
        // the sentence open one.
        (
            "The flaws affect programs such as Internet Explorer, and visitors to \
             Buckingham Palace.",
            &["O:Internet Explorer", "L:Buckingham Palace"],
        ),
        (
            "Sania Mirza beat Tamarine Tanasugarn, and P. Such took four wickets.",
            &["P:Sania Mirza", "P:Tamarine Tanasugarn", "P:P. Such"],
        ),
        (
            "Often Pipex and other net suppliers get advance notice.",
            &["O:Pipex"],
        ),
        // A word that is no given name before a place names a firm or a club of the place;
        // a given name before one opens a person's name.
        (
            "More than 100,000 people downloaded the screensaver that Lycos Europe offered. \
             The judge, Peter Norfolk, disagreed.",
            &["P:Peter Norfolk", "O:Lycos Europe"],
        ),
        // A party's member described by a place names the place, no organization.
        (
            "Sen. Karen Whitfield, the Ohio Republican who chairs the committee, said no.",
            &["P:Karen Whitfield", "L:Ohio"],
        ),
        // In a sports story, a name closed by a word clubs end their names with is a side
        // (not a town after "in").
        (
            "Dunmore Rovers sacked their manager after a 3-0 FA Cup defeat by non-league \
             Hatherley Town. The striker had scored in Atlantic City.",
            &["O:Dunmore Rovers", "O:Hatherley Town", "L:Atlantic City"],
        ),
        // A model's code closes no name: the maker is named.
        (
            "Casio made the first one, the Casio QV-10, and Epson the Epson R800.",
            &["O:Casio", "O:Epson"],
        ),
        // A name closed by a word in capitals is a brand, not a person's name.
        (
            "He spoke in an interview with Vortan XM on Friday.",
            &["O:Vortan XM"],
        ),
        (
            "He said so in an interview with Sirius XM.",
            &["O:Sirius XM"],
        ),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

#[test]
fn typing_people() {
    let cases: &[(&str, &[&str])] = &[
        // A place's head word after a given name is a surname; alone, it heads a place.
        (
            "Chelsea left-back Wayne Bridge will miss the match, and Bridge's injury worries \
             the club. Fans crossed Tower Bridge.",
            &["P:Wayne Bridge", "O:Chelsea", "L:Tower Bridge"],
        ),
        // A team sheet's substitutes and minutes in parentheses stay in its list; one named
        // only there is a name.
        (
            "The striker scored in the league match. The manager praised Matthieu Flamini.\n\n\
             Arsenal: Jens Lehmann, Lauren, Toure, Reyes (Flamini 82), Bergkamp (Van Persie \
             82), Henry (Parlour 75).",
            &[
                "P:Matthieu Flamini",
                "P:Jens Lehmann",
                "P:Lauren",
                "P:Toure",
                "P:Reyes",
                "P:Bergkamp",
                "P:Van Persie",
                "P:Henry",
                "P:Parlour",
                "O:Arsenal",
            ],
        ),
        // A team sheet's line of surnames, none known, is of people, its first word too.
        (
            "The striker scored in the league match. The manager praised the goalkeeper.\n\n\
             Subs not used: Hislop, Quashie, Cisse.",
            &["P:Hislop", "P:Quashie", "P:Cisse"],
        ),
        // In a sports story one person types a team sheet's surnames, no other name voting.
        (
            "The striker scored twice as the club won the league match. The manager praised \
             the goalkeeper.\n\nTeam: Halliwell, Mensing, Bollan, Gary Harty.",
            &["P:Halliwell", "P:Mensing", "P:Bollan", "P:Gary Harty"],
        ),
        // One unknown word whose verb a person's pronoun follows is a person; a body's
        // pronoun, or the name as an object, does not make one.
        (
            "Zarvic said he was tired after the final. Torvane said it would cut 300 jobs. \
             The host who presents Quarvel said she would leave.",
            &["P:Zarvic", "O:Torvane", "O:Quarvel"],
        ),
        // A weekday after a given name is the surname; alone, it is his when he speaks or
        // owns, and a day after "on".
        (
            "Mike Friday's England side won on Friday. \"We did it,\" said Friday. Coach Kim \
             Sunday said the side flew home Sunday.",
            &["P:Mike Friday", "P:Kim Sunday", "L:England"],
        ),
        // A sentence whose full stop the source lost: "The" opening the next one is no
        // part of the name before it.
        (
            "\"The risks are real,\" said analyst Vadim Mitroshin The dispute is old.",
            &["P:Vadim Mitroshin"],
        ),
        // The plural of a person's surname after "the" is the family; not a company's name
        // without "the".
        (
            "Senator Bill Harmon spoke in Ohio. New findings could damage the Harmons. Ken \
             Morrison chairs Morrisons, and shares in Morrisons rose.",
            &[
                "P:Bill Harmon",
                "P:Harmons",
                "P:Ken Morrison",
                "O:Morrisons",
                "L:Ohio",
            ],
        ),
        // A title's modifier in capitals before the title in lower case is no part of the
        // party's name before it.
        (
            "He said so. Later, Tory Shadow home secretary David Davis said no.",
            &["P:David Davis", "O:Tory"],
        ),
        // A party whose name is a given name too, before a peer's title, is no part of the
        // name ("Sacha Baron Cohen" is one name).
        (
            "Opponents, including Tory Lord Campbell, said no. Sacha Baron Cohen agreed.",
            &["P:Campbell", "P:Sacha Baron Cohen", "O:Tory"],
        ),
        // (Nor after a place whose last word is a given name too: "Francisco", "Angeles".)
        (
            "Not everyone agreed. San Francisco Mayor Daniel Lurie and Los Angeles Mayor \
             Karen Bass said no.",
            &[
                "P:Daniel Lurie",
                "P:Karen Bass",
                "L:San Francisco",
                "L:Los Angeles",
            ],
        ),
        // "Undersecretary" written as one word is a title like "Under Secretary".
        (
            "US Undersecretary of State John Bolton is meeting British officials.",
            &["P:John Bolton", "L:US"],
        ),
        // The one an administration or a government is named for leads it; a party's or a
        // city's is no one's.
        (
            "Critics disagree with the Abadi administration on trade. The Labour \
             government and the Tehran government did not comment.",
            &["P:Abadi", "O:Labour", "L:Tehran"],
        ),
        // In a sports story, two words of no place "of" a country, or a country in
        // parentheses after them, name a player, though a word is English.
        (
            "TENNIS - SELES ADVANCES.\n\nMonica Seles, the second seed, needed 52 minutes to \
             beat Dally Randriantefy of Madagascar 6-0 6-1 in a second round match of the \
             tournament.\n\nMonica Seles (U.S.) beat Dally Randriantefy (Madagascar) 6-0 6-1",
            &[
                "P:Monica Seles",
                "P:Dally Randriantefy",
                "L:Madagascar",
                "L:U.S.",
            ],
        ),
        // A rare given name that is an English word, before a place, opens no person's
        // name; a common one does.
        (
            "Carnival's rival is Royal Caribbean. Wheelchair racer Peter Norfolk won.",
            &["P:Peter Norfolk", "O:Royal Caribbean"],
        ),
        // Likewise before a word the article writes in lower case that is no surname.
        (
            "Sun Microsystems has launched a grid. The Sun Grid relies on Solaris. Mark Hill \
             said the hill was steep.",
            &[
                "P:Mark Hill",
                "O:Sun Microsystems",
                "O:Sun Grid",
                "O:Solaris",
            ],
        ),
        // So is the holder of a title before the name's comma.
        (
            "The bar association will sue. Its chairman, Turgut Kazan, told Reuters so.",
            &["P:Turgut Kazan", "O:Reuters"],
        ),
        // "Mrs" with a surname only a man's full name holds is not his.
        (
            "The shop was run by Jean and Malcolm Hart. Mrs Hart said she was thrilled, and Mr \
             Hart agreed.",
            &["P:Jean", "P:Malcolm Hart", "P:Hart"],
        ),
        // A barrister's rank after the name is no part of it.
        (
            "Defending, Richard Wrayford KC said his client was ashamed.",
            &["P:Richard Wrayford"],
        ),
        // A player's position before the name.
        (
            "England left out spinner Dom Bess and brought back flanker Serge Betsen.",
            &["P:Dom Bess", "P:Serge Betsen", "L:England"],
        ),
        // Someone's kin is a person, even by a place's name.
        (
            "Linda Harmon farms. Her son, Tyler, 27, wants the farm; his daughter Madison \
             does not.",
            &["P:Linda Harmon", "P:Tyler", "P:Madison"],
        ),
        // A person noun opening the sentence is no part of the name.
        (
            "Teenager Ana Ruizova won the title. Goalscorer Jim Okafor was injured.",
            &["P:Ana Ruizova", "P:Jim Okafor"],
        ),
        // A given name and a surname that also heads places ("Hill", "Wood"): a person,
        // where "Park" or "Street" after a given name stays a place.
        (
            "Richard Hill and Victoria Wood are out, the club said at Stanley Park.",
            &["P:Richard Hill", "P:Victoria Wood", "L:Stanley Park"],
        ),
        // ("Castle", "Temple" likewise; but a rare given name that is an English word
        // before a place's head opens a place's name: "the Golden Temple".)
        (
            "Barbara Castle and Shirley Temple met at Windsor Castle and the Golden Temple.",
            &[
                "P:Barbara Castle",
                "P:Shirley Temple",
                "L:Windsor Castle",
                "L:Golden Temple",
            ],
        ),
        // An apposition naming what a person is keeps a one-word name opening the
        // sentence ("actor" is a person noun, not a role); a family firm is no person, but a
        // body.
        (
            "Leeson, the Northern Ireland-born actor, plays the lead. Doyle, a family \
             firm, makes the sets.",
            &["P:Leeson", "O:Doyle", "L:Northern Ireland"],
        ),
        // A kin noun heads such a phrase before "of" ("a mother of twins"); a phrase
        // after a name "of" a place describes the whole name, not the place.
        (
            "Michelle, a mother of twins, has not been paid. A founding member of the \
             Director's Guild of Great Britain, he is a former chairman of the council.",
            &["P:Michelle", "L:Great Britain"],
        ),
        // A title naming its office after "of", with no name after it, names no one.
        (
            "Colin Powell, US Secretary of State, was visiting. The Minister of Defence \
             and the Governor of the Bank of England were not.",
            &["P:Colin Powell", "O:Bank of England", "L:US"],
        ),
        // So does one ending in a title of two words.
        (
            "Lord Woolf, who is Lord Chief Justice of England and Wales, gave evidence.",
            &["P:Woolf", "L:England", "L:Wales"],
        ),
        // Titles of US public offices.
        (
            "New York State Comptroller Alan Hevesi disagreed, as did Treasury Under \
             Secretary John Taylor.",
            &["P:Alan Hevesi", "P:John Taylor", "L:New York"],
        ),
        // A surname that is also a place's head word after a courtesy title, or a given
        // name after "Sir": a person ("Queen Victoria Street" stays a street).
        (
            "Then Mr Wood said yes. Later Sir Edward Heath quit.",
            &["P:Wood", "P:Edward Heath"],
        ),
        (
            "They met in Queen Victoria Street.",
            &["L:Queen Victoria Street"],
        ),
        // Honorifics: "Speaker", "Baroness"; an honorific after a given name is part of
        // the name.
        (
            "Speaker Michael Martin ruled. Baroness Amos and Sacha Baron Cohen spoke.",
            &["P:Michael Martin", "P:Amos", "P:Sacha Baron Cohen"],
        ),
        // A nickname or initials in parentheses inside a name.
        (
            "It came weeks after James Leander (Leo) Nolan died. The historian Alan John \
             Percivale (A.J.P.) Tyler wrote of it.",
            &[
                "P:James Leander (Leo) Nolan",
                "P:Alan John Percivale (A.J.P.) Tyler",
            ],
        ),
        // Regnal numerals after a title and a name; "Jan" without its period opening a
        // line is a given name.
        (
            "1951 - Belgian King Baudouin I took the throne. The Emperor Charles VI signed.",
            &["P:Baudouin I", "P:Charles VI"],
        ),
        ("Jan Olaf Mueller (60th minute)", &["P:Jan Olaf Mueller"]),
        // A scorecard line without a final period: batsmen and bowlers before their
        // figures.
        (
            "England won the match by 107 runs after a fine innings.\n\nScores: England \
             292-8 (N. Barlow 113), Pakistan 185 (Imran Aziz 79; A. Holder 4-23)",
            &[
                "P:N. Barlow",
                "P:Imran Aziz",
                "P:A. Holder",
                "L:England",
                "L:Pakistan",
            ],
        ),
        // A pitcher's win-loss record.
        (
            "The Yankees won the game to extend their league lead this season. Pettorini (19-7) \
             allowed two runs in seven innings and Benitez (14-10) took the loss.",
            &["P:Pettorini", "P:Benitez", "O:Yankees"],
        ),
        // Shirt numbers before the names of a line-up.
        (
            "The coach praised his side after the match and the goal.\n\nSouth Africa - \
             4 - Kobus Visser, 3 - Marius Hurter, 6 - Reynald Pedros.",
            &[
                "P:Kobus Visser",
                "P:Marius Hurter",
                "P:Reynald Pedros",
                "L:South Africa",
            ],
        ),
        // A substitute before his minute, after a parenthesis or a shirt number.
        (
            "The coach praised his side after the match and the goal.\n\n5 - Duilio \
             Davino (Bertolli 46th), 4 - Mario Villa (16 - Gomez 86th).",
            &["P:Duilio Davino", "P:Bertolli", "P:Mario Villa", "P:Gomez"],
        ),
        // A surname by its ending, with nothing else to go on.
        (
            "Interfax quoted Dobryakova's colleagues. Rebels loyal to Maskhadov and \
             Kvirikashvili marched.",
            &[
                "P:Dobryakova",
                "P:Maskhadov",
                "P:Kvirikashvili",
                "O:Interfax",
            ],
        ),
        ("Daniel Ives expects more cuts.", &["P:Daniel Ives"]),
        ("“It works,” said Priya Nair.", &["P:Priya Nair"]),
        ("Clark said the talks had failed.", &["P:Clark"]),
        ("Mr. Dixon resigned on Friday.", &["P:Dixon"]),
        (
            "Ms Hindle and Dr Okafor disagreed.",
            &["P:Hindle", "P:Okafor"],
        ),
        (
            "Sen. Elizabeth Warren wrote to the bank.",
            &["P:Elizabeth Warren"],
        ),
        ("Gov. Gavin Newsom signed the bill.", &["P:Gavin Newsom"]),
        ("Lord Browne led the review.", &["P:Browne"]),
        ("CEO Mark Zuckerberg spoke.", &["P:Mark Zuckerberg"]),
        ("Chief executive Geoff Dixon quit.", &["P:Geoff Dixon"]),
        (
            "Sarah Hindle, director at a think tank, spoke.",
            &["P:Sarah Hindle"],
        ),
        ("Mark Grant sold his shares.", &["P:Mark Grant"]),
        ("Chase Utley joined the board.", &["P:Chase Utley"]),
        // The bank's brand alone is a known organization; a given name before a surname
        // still opens a person's name.
        (
            "Marianne Lake, who runs Chase's consumer business, told investors so. Chase \
             Utley joined the board.",
            &["P:Marianne Lake", "P:Chase Utley", "O:Chase"],
        ),
        (
            "Jordan Henderson met Paris Hilton.",
            &["P:Jordan Henderson", "P:Paris Hilton"],
        ),
        ("Prime Minister Tony Blair visited.", &["P:Tony Blair"]),
        ("Prime Minister John Major spoke.", &["P:John Major"]),
        (
            "The group urged the U.N. High Commissioner for Refugees to act.",
            &["O:U.N."],
        ),
        ("Then Mr Irish said it was over.", &["P:Irish"]),
        (
            "Paul King spoke first. Mr King said more.",
            &["P:Paul King"],
        ),
        (
            "Stocks rose on Friday, dealers said.\n\n-- Pierre Belec, Wall Street Desk\n",
            &["P:Pierre Belec"],
        ),
        // A byline under the headline: the reporter is named ("By"), not an ordinary
        // phrase ("By The Numbers").
        (
            "Port Strike Enters Third Week\n\nBy Jane Whitaker\n\nDock workers stayed \
             out on Monday.\n\nBy The Numbers\n\nThe strike has cost $2 billion.",
            &["P:Jane Whitaker"],
        ),
        // … a surname that is an English word too ("Miller").
        (
            "Rates Set To Fall\n\nBy Sarah Miller\n\nThe cut is expected in March.",
            &["P:Sarah Miller"],
        ),
        ("Finance Minister Gordon Brown spoke.", &["P:Gordon Brown"]),
        ("Nasser Hussain struck 158 runs.", &["P:Nasser Hussain"]),
        (
            "Vincent Koen, a senior economist, spoke.",
            &["P:Vincent Koen"],
        ),
        ("Helen Marsh, who joined in 2019, left.", &["P:Helen Marsh"]),
        ("Australian Tom Moody took three wickets.", &["P:Tom Moody"]),
        // A nickname in quotes inside the name.
        (
            "On Friday Ramon \"Iron Fist\" Alvarado won, and Luis “El Toro” Medina lost.",
            &["P:Ramon \"Iron Fist\" Alvarado", "P:Luis “El Toro” Medina"],
        ),
        // A nationality that is also a given name opens a name before a word that is no
        // English word ("Christian Karembeu"), not before one that is.
        (
            "The goal came from Christian Ekwueme in the 40th minute.",
            &["P:Christian Ekwueme"],
        ),
        (
            "Christian Democrats and the Social Democrats agreed.",
            &["O:Christian Democrats", "O:Social Democrats"],
        ),
        // A person noun before the name: kin, team mates, finalists, dissidents.
        (
            "The minister visited his wife Dorota in hospital.",
            &["P:Dorota"],
        ),
        (
            "He will be replaced by his team mate Wes Ondrak.",
            &["P:Wes Ondrak"],
        ),
        (
            "Police detained the veteran dissident Tan Zhuoli.",
            &["P:Tan Zhuoli"],
        ),
        (
            "The 19-year-old Lark Reeves shot 66 on Friday.",
            &["P:Lark Reeves"],
        ),
        // A title before a country does not make it a person; nor does the verb "miss".
        (
            "Defending champion Portugal host Chile. Two players will miss Portugal's \
             opening match.",
            &["L:Portugal", "L:Chile"],
        ),
        // Not before a place or an organization's name.
        (
            "A 27-year-old West Bank labourer was held.",
            &["L:West Bank"],
        ),
        (
            "When scandal engulfed Mr Clinton's White House, Mr Trump leapt to his \
             defence. Mr Clinton had a relationship with Ms Lewinsky, a 22-year-old White \
             House intern. According to White House-era documents from Diane Blair, the \
             first lady called her a loony.",
            &[
                "P:Clinton",
                "P:Trump",
                "P:Lewinsky",
                "P:Diane Blair",
                "O:White House",
            ],
        ),
        (
            "The 150-year-old Hawthorn Bank closed.",
            &["O:Hawthorn Bank"],
        ),
        // The title of what the name heads, before its comma.
        (
            "The head of the agency, Mick Deats, said so. The chairman of the US \
             retailer, Walmart, agreed.",
            &["P:Mick Deats", "O:Walmart", "L:US"],
        ),
        // An apposition after a preposition whose speech verb a relative clause holds
        // says what the name is; without "who" the phrase is the verb's subject.
        (
            "Jurors heard from Ellen Park, a former loan officer who testified that the \
             bank lied.",
            &["P:Ellen Park"],
        ),
        (
            "He was shot in the city of Arbil, a senior U.N. official in Baghdad said.",
            &["O:U.N.", "L:Arbil", "L:Baghdad"],
        ),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

#[test]
fn typing_places() {
    let cases: &[(&str, &[&str])] = &[
        // "DR Congo" is the country, no doctor.
        (
            "Cameroon's Ernest Etchi and DR Congo's Alain Masudi signed.",
            &[
                "P:Ernest Etchi",
                "P:Alain Masudi",
                "L:Cameroon",
                "L:DR Congo",
            ],
        ),
        // "major" in lower case is the adjective, no rank before a name.
        (
            "Blu-ray is backed by major Hollywood studios.",
            &["L:Hollywood"],
        ),
        // One known place types a list of names with no evidence of their own.
        (
            "The emperor got back Breisach, Kehl and Freiburg.",
            &["L:Breisach", "L:Kehl", "L:Freiburg"],
        ),
        // A river's, lake's or mountain's opener makes a place of any name; a noun for a
        // place and "of" one of a word in the dictionary ("carrow").
        (
            "Residents of the town of Carrow fled after the River Leyne burst its banks. \
             Doctors at Mount Sinai Hospital helped.",
            &["O:Mount Sinai Hospital", "L:Carrow", "L:River Leyne"],
        ),
        // A place, then compass words: a district or a seat (a known airline aside).
        (
            "Turnout was lowest in Bristol South and Leeds Central. China Eastern flew on.",
            &["O:China Eastern", "L:Bristol South", "L:Leeds Central"],
        ),
        // Not an adjective of the compass after it: a railway's or an airline's name.
        (
            "Norfolk Southern, which ran the train, said it was sorry. Voters in Leeds North \
             West agreed.",
            &["O:Norfolk Southern", "L:Leeds North West"],
        ),
        // A city's name folded to ASCII that is also an English word.
        (
            "\"There is no trace,\" a Liege police official told Reuters.",
            &["O:Reuters", "L:Liege"],
        ),
        // A unit after a number is no place.
        ("The laptop has a 40 GB hard drive.", &[]),
        // A town before its county where a company is based.
        (
            "The Markfield, Leicestershire-based company runs 142 quarries.",
            &["L:Markfield", "L:Leicestershire"],
        ),
        // A place's head word before a known place.
        (
            "The firm has two sites in County Durham and one by Lake Victoria.",
            &["L:County Durham", "L:Lake Victoria"],
        ),
        // An office's list, its items between commas, before the holder's name is no
        // name; a comma alone after the office leaves the name whole.
        (
            "Minister for Children, Young People and Families Margaret Hodge said the \
             plans were fair. The Secretary of State, John Foster Dulles, disagreed.",
            &["P:Margaret Hodge", "P:John Foster Dulles"],
        ),
        // A name before a crossing or a checkpoint is the place's.
        (
            "The two men met at the Erez crossing point and drove on.",
            &["L:Erez"],
        ),
        // Provinces of Indonesia and Thailand (country-region-data).
        (
            "Aid reached Aceh and Phuket on Tuesday.",
            &["L:Aceh", "L:Phuket"],
        ),
        // European regions by their English names.
        (
            "State elections are due in Schleswig-Holstein and North Rhine-Westphalia, \
             and the firm also hires in Lower Saxony.",
            &[
                "L:Schleswig-Holstein",
                "L:North Rhine-Westphalia",
                "L:Lower Saxony",
            ],
        ),
        // A body before its workforce, closing a list of people, stays a body; where a
        // person of a given age is from is a place.
        (
            "Managers Anthony Walker and Nicholas Jeffries, and Railtrack managers Alistair \
             Cook and Keith Lea face charges. Steve Arthur, 46, from Pease Pottage, died.",
            &[
                "P:Anthony Walker",
                "P:Nicholas Jeffries",
                "P:Alistair Cook",
                "P:Keith Lea",
                "P:Steve Arthur",
                "O:Railtrack",
                "L:Pease Pottage",
            ],
        ),
        // A title after a comma that a verb follows is a clause's subject, no apposition;
        // one opened by "from" names where someone is from.
        (
            "Also in Gateshead, the prime minister took questions. Shami Chakrabarti, from \
             human rights group Liberty, joined calls.",
            &["P:Shami Chakrabarti", "O:Liberty", "L:Gateshead"],
        ),
        (
            "Offices in Menlo Park, London, and Toronto closed.",
            &["L:Menlo Park", "L:London", "L:Toronto"],
        ),
        ("It expanded in Europe and India.", &["L:Europe", "L:India"]),
        // A place's adjective is no place.
        // Other countries' states and provinces (places_regions.txt).
        (
            "The industry minister of India's Andhra Pradesh state said a team of VW \
             officials would visit. An Andhra Pradesh official agreed.",
            &["O:VW", "L:India", "L:Andhra Pradesh"],
        ),
        (
            "Residents of a Cumbrian village met a Tasmanian farmer in Cumbria.",
            &["L:Cumbria"],
        ),
        // So are a place's people named with "i" ("Kashmiris", "Punjabi farmers").
        (
            "It will help Kashmiris, he said in Kashmir, and Punjabi farmers agreed.",
            &["L:Kashmir"],
        ),
        // A known place joined by "and" is one place; a known body after "and" is its own.
        (
            "He flew to Trinidad and Tobago, then Jammu and Kashmir, where the National \
             Conference and Congress alliance won.",
            &[
                "O:National Conference",
                "O:Congress",
                "L:Trinidad and Tobago",
                "L:Jammu and Kashmir",
            ],
        ),
        // A castle is a place, as an abbey is.
        (
            "The couple hosted a dinner at Windsor Castle, then prayed at Westminster Abbey.",
            &["L:Windsor Castle", "L:Westminster Abbey"],
        ),
        // A saint's place written "St", "St." or "Saint", whichever the list has.
        (
            "The St Kitts and Nevis sprinter joins them. St Helena is remote; Saint Louis \
             is not.",
            &["L:St Kitts and Nevis", "L:St Helena", "L:Saint Louis"],
        ),
        // Boulevards and lanes are places; a given name before "Lane" is a person's.
        (
            "A Walgreens on Southeast Powell Boulevard near Drury Lane was robbed, said \
             Nathan Lane.",
            &[
                "P:Nathan Lane",
                "O:Walgreens",
                "L:Southeast Powell Boulevard",
                "L:Drury Lane",
            ],
        ),
        // Australia's parties and states.
        (
            "Labor seeks to blunt the attacks. The Greens, who hold power in the Senate, \
             want more for NSW.",
            &["O:Labor", "O:Greens", "O:Senate", "L:NSW"],
        ),
        // A compass word, or "Greater", before a known place.
        (
            "Sales in Greater China dropped 11%, and Greater Manchester Police said so. \
             Shares in Krespy Kome sank 14%.",
            &[
                "O:Greater Manchester Police",
                "O:Krespy Kome",
                "L:Greater China",
            ],
        ),
        // A member's seat is a place, and so is the place listed with it.
        (
            "The MP for Kestrelbourne and Sheppington said the plan had failed.",
            &["L:Kestrelbourne", "L:Sheppington"],
        ),
        // A language, a people or a direction is no place, after "in" or before "-born".
        (
            "A Surinamese-born visitor shouted at him in Hebrew in 19 Northeastern \
             states.",
            &[],
        ),
        // The place a title is held over: "the Archbishop of …", "the Duke of …".
        (
            "The Archbishop of Ravensmoor said the vote was a mistake.",
            &["L:Ravensmoor"],
        ),
        (
            "The Duke of Kestrelford, Alan Pike, opened the bridge.",
            &["P:Alan Pike", "L:Kestrelford"],
        ),
        (
            "Guests included the Earl of Marlow Vale and the Bishop of Tredwell.",
            &["L:Marlow Vale", "L:Tredwell"],
        ),
        // A parish's sheriff: the parish is a place.
        (
            "Tanglewood Parish Sheriff Ed Marsh closed the road.",
            &["P:Ed Marsh", "L:Tanglewood Parish"],
        ),
        (
            "Tom Yoo, governor of Kestrel Development Bank, spoke.",
            &["P:Tom Yoo", "O:Kestrel Development Bank"],
        ),
        ("Founders flock to Silicon Valley.", &["L:Silicon Valley"]),
        (
            "Santa Monica-based Activison is a target.",
            &["O:Activison", "L:Santa Monica"],
        ),
        ("Oil from the Middle East rose.", &["L:Middle East"]),
        ("Sales in Ohio and Texas grew.", &["L:Ohio", "L:Texas"]),
        ("Quebec and Ontario signed.", &["L:Quebec", "L:Ontario"]),
        (
            "Exports from China to Germany fell.",
            &["L:China", "L:Germany"],
        ),
        ("It is based in Westbrook, a town nearby.", &["L:Westbrook"]),
        (
            "The New York-based group and a Hong Kong-listed firm agreed. The \
             Netherlands-based bank did not.",
            &["L:New York", "L:Hong Kong", "L:Netherlands"],
        ),
        (
            "The Netherlands and the Czech Republic agreed.",
            &["L:Netherlands", "L:Czech Republic"],
        ),
        (
            "The Olympic Dam mine grew and the Xiluodu Dam is being built.",
            &["L:Olympic Dam", "L:Xiluodu Dam"],
        ),
        (
            "Flights from Heathrow Airport resumed.",
            &["L:Heathrow Airport"],
        ),
        ("Traders on Wall Street cheered.", &["L:Wall Street"]),
        // ", a senior official … said" after a name is the speaker, not an apposition.
        (
            "Rebels fought for the town of Zakho, a senior aid official in Baghdad said.",
            &["L:Zakho", "L:Baghdad"],
        ),
        // A direction's initial before a country: headline style.
        (
            "N. Korea asks S. Korea to return the sailors.",
            &["L:N. Korea", "L:S. Korea"],
        ),
        (
            "Talks in Abu Dhabi and Dubai ended.",
            &["L:Abu Dhabi", "L:Dubai"],
        ),
        // A nationality before a place is no part of it.
        ("Jewish West Bank settlers protested.", &["L:West Bank"]),
        // A place noun in lower case after a name: the name is the place's, even when a
        // person's name is in it.
        (
            "Protesters gathered at John Lennon airport in Liverpool.",
            &["L:John Lennon", "L:Liverpool"],
        ),
        (
            "Fighting spread across the mountainous Kandor Hamada region.",
            &["L:Kandor Hamada"],
        ),
        // (Headquarters are the organization's.)
        (
            "Staff marched outside Alitalia headquarters.",
            &["O:Alitalia"],
        ),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

#[test]
fn merging_and_aliases() {
    let doc = Document::parse(
        "Meta Platforms Inc. cut jobs. Meta said the cuts were small. \
         Mark Zuckerberg spoke. Zuckerberg said more. \
         The Prudential Regulation Authority (PRA) warned. The PRA acted. \
         Peter Dixon resigned. Mr Dixon said he was proud.",
    );
    let e = entities(&doc);
    let summary: Vec<(String, Vec<String>, usize)> = e
        .people
        .iter()
        .chain(&e.organizations)
        .map(|x| (x.name.clone(), x.aliases.clone(), x.mentions.len()))
        .collect();
    assert_eq!(
        summary,
        vec![
            (
                "Mark Zuckerberg".to_string(),
                vec!["Zuckerberg".to_string()],
                2
            ),
            ("Peter Dixon".to_string(), vec!["Dixon".to_string()], 2),
            (
                "Meta Platforms Inc.".to_string(),
                vec!["Meta".to_string()],
                2
            ),
            (
                "Prudential Regulation Authority".to_string(),
                vec!["PRA".to_string()],
                3
            ),
        ]
    );
}

/// Short forms join the entity they stand for: (text, entity name, its aliases).
#[test]
fn short_forms() {
    let cases: &[(&str, &str, &[&str])] = &[
        // An organization's acronym before its head word is its short form.
        (
            "The Public and Commercial Services Union called a strike. PCS Union spokesman \
             Jeff Evans said it was wrong.",
            "Public and Commercial Services Union",
            &["PCS Union"],
        ),
        // A particle the article writes in lower case opens the surname at a sentence's
        // start.
        (
            "The Dutch director Theo van Gogh was killed. Van Gogh was shot in Amsterdam. \
             Ten Dutch films were shown.",
            "Theo van Gogh",
            &["Van Gogh"],
        ),
        (
            "Italy 15-20 Kelvarn\n\nFly-half Roland de Marigny started. De Marigny landed a \
             penalty to make it 10-3. Later, de Marigny missed.",
            "Roland de Marigny",
            &["De Marigny", "Marigny"],
        ),
        // A given name's initial, as line-ups write it, for exactly one person.
        (
            "Roland de Marigny kicked well. Later R de Marigny was replaced, and J. Smith \
             came on for John Smith. De Marigny said so.",
            "Roland de Marigny",
            &["R de Marigny", "De Marigny"],
        ),
        (
            "Roland de Marigny kicked well. Later R de Marigny was replaced, and J. Smith \
             came on for John Smith. De Marigny said so.",
            "John Smith",
            &["J. Smith"],
        ),
        // (Not when two people's given names open with it.)
        (
            "John Smith and Jane Smith scored. J Smith was booked.",
            "John Smith",
            &[],
        ),
        // A person's name written with and without a period is one name; the surname before
        // a generation's suffix is the surname.
        (
            "Country singer Hank Williams Jr. sang. Later, Hank Williams Jr played again. \
             Williams said so.",
            "Hank Williams Jr.",
            &["Hank Williams Jr", "Williams"],
        ),
        // A surname after a nickname in straight marks is written inside the sentence, so
        // it opens another as the same name.
        (
            "Duran wants a rematch against Puerto Rico's Hector \"Macho\" Vallencio. \
             Vallencio won a points decision against him in June.",
            "Hector \"Macho\" Vallencio",
            &["Vallencio"],
        ),
        // ... and with and without a hyphen (the form written first named).
        (
            "Robert Kilroy-Silk launched a party. Readers wrote in: Kilroy Silk has secured \
             my vote, said one. Robert Kilroy Silk could have a lot to offer.",
            "Robert Kilroy-Silk",
            &["Kilroy Silk", "Robert Kilroy Silk"],
        ),
        // The first word of an organization's full name, no English word, is its short form
        // even opening a sentence with nothing else to mark it.
        (
            "ARVENTA SLIPS\n\nSAN JOSE (Reuters) - Arventa Semiconductor Corp cut its \
             forecast. Arventa now expects revenue of $4.1 billion.",
            "Arventa Semiconductor Corp",
            &["Arventa"],
        ),
        // A first word that opens two names as long is the short form of the one named
        // first.
        (
            "Orbis Microsystems has launched a grid. The Orbis Grid relies on servers owned \
             by Orbis.",
            "Orbis Microsystems",
            &["Orbis"],
        ),
        // A first word written without its "s" (no English word).
        (
            "The bid came from Boston-based Highfields Capital Management. Highfield said \
             that it intends to take the firm private.",
            "Highfields Capital Management",
            &["Highfield"],
        ),
        // Letters a word list takes for something else (a degree) are the initials of a
        // name the article writes out.
        (
            "British Airways cut fares. Rod Eddington, BA's chief executive, said BA would \
             grow. He has a BA in history.",
            "British Airways",
            &["BA"],
        ),
        // A stage name and the real name given after it are one person, named by the
        // fuller form.
        (
            "The rapper's lawyer Ron Tasker said it was better than K-Reign, real name \
             Darnell Price, sitting in a cell. K-Reign was filmed in the jail.",
            "Darnell Price",
            &["K-Reign"],
        ),
        // A company written without the initials before its name.
        (
            "Supermarket chain J Sainsbury reported a 57% fall in profits. Shares in \
             Sainsbury's rose 4.5p in London.",
            "J Sainsbury",
            &["Sainsbury's"],
        ),
        // Initials leave the legal suffix out.
        (
            "Rival Halcyon Micro Devices Inc. expects a charge. HMD chief executive Lisa Su \
             declined to comment.",
            "Halcyon Micro Devices Inc.",
            &["HMD"],
        ),
        // The given name and surname of one person named with a middle name too, and the
        // surname alone after both.
        (
            "Senator Laura Beth Hanley spoke in Ohio. Later, Laura Hanley met voters. \
             Hanley said the tour went well.",
            "Laura Beth Hanley",
            &["Laura Hanley", "Hanley"],
        ),
        // A known organization is the short form of its company's name ("Platforms",
        // like "Technologies", closes one).
        (
            "The Commission fined Meta Platforms 200 million euros. Meta said it would appeal.",
            "Meta Platforms",
            &["Meta"],
        ),
        (
            "George P. Walden arrived. George Walden thanked the crowd.",
            "George P. Walden",
            &["George Walden"],
        ),
        // A known name that ends a longer one after a place's name is its short form.
        (
            "Malcolm Glazer bid for Manchester United. Fans of United were angry.",
            "Manchester United",
            &["United"],
        ),
        // So is a club's last word after a place's name.
        (
            "Anelka row\n\nNicolas Anelka apologised to Manchester City. City said the matter \
             was closed, and Glasgow Rangers agreed. Rangers fans did not.",
            "Manchester City",
            &["City"],
        ),
        // In a sports story, a team's nickname in the plural after its city's name.
        (
            "The Seattle Mariners beat the New York Yankees 5-3 in the league game on Friday. \
             The Mariners scored three runs in the ninth inning and the Yankees lost the lead \
             to a homer.",
            "Seattle Mariners",
            &["Mariners"],
        ),
        (
            "The New York Times reported the talks. The Times said they failed.",
            "New York Times",
            &["Times"],
        ),
        // A short form made of the starts of the name's words, in parentheses after it.
        (
            "Shares in Petroleo Brasileiro SA (Petrobras) rose. Petrobras said output grew.",
            "Petroleo Brasileiro SA",
            &["Petrobras"],
        ),
        // The name before its web domain.
        (
            "Breitbart.com ran the story first. Readers of Breitbart later complained.",
            "Breitbart.com",
            &["Breitbart"],
        ),
        // One name written with and without its suffix's period: one entity, the fuller
        // form its name (two rules making each the other's alias dropped both); "and Co"
        // closes a company's name.
        (
            "Shares in Mitsui and Co rose 10 yen. Mitsui and Co. said profit grew.",
            "Mitsui and Co.",
            &["Mitsui and Co"],
        ),
        // A company's (short_forms.txt).
        (
            "Volkswagen may build a plant in India. It said VW officials will visit.",
            "Volkswagen",
            &["VW"],
        ),
        // A short form news uses for a party (short_forms.txt).
        (
            "The Conservative Party launched its plan. The Tories say taxes will fall.",
            "Conservative Party",
            &["Tories"],
        ),
        // The singular a plural name takes before a noun, of the same body (not a
        // family's name: "Osbourne" of "The Osbournes"); "Tory" of "Tories".
        (
            "Green Dem leader Ann Kerr spoke. The Green Dems want lower taxes.",
            "Green Dems",
            &["Green Dem"],
        ),
        (
            "The Tories lost the vote. A Tory spokesman said the party would try again.",
            "Tories",
            &["Tory"],
        ),
        (
            "The Conservative Party lost. The Tories will try again, a Tory MP said.",
            "Conservative Party",
            &["Tories", "Tory"],
        ),
        // A known organization is no short form of its product or unit, a longer name
        // no head word or legal suffix closes.
        (
            "Apple showed the new Apple Watch on Tuesday. Apple said sales rose.",
            "Apple",
            &[],
        ),
        // A short form that clips or abbreviates each word of the full name.
        (
            "The Liberal Democrats launched their plan. The Lib Dems say taxes will rise, \
             and a Lib Dem MP agreed.",
            "Liberal Democrats",
            &["Lib Dems", "Lib Dem"],
        ),
        (
            "Manchester United won again. Man Utd now lead the table.",
            "Manchester United",
            &["Man Utd"],
        ),
        // (A legal suffix of the full name aside.)
        (
            "Harbor Pharmaceuticals Inc agreed the deal. Harbor Pharma shares fell.",
            "Harbor Pharmaceuticals Inc",
            &["Harbor Pharma"],
        ),
        (
            "Harbor will buy Kelvin Biosciences. Kelvin Bio shares jumped.",
            "Kelvin Biosciences",
            &["Kelvin Bio"],
        ),
        // (Not an English word that is none of them: "news" of "networks".)
        (
            "Sky Networks sold the rights. Sky News reported the sale.",
            "Sky Networks",
            &[],
        ),
        // (Not bonds of a body whose name ends in a head word.)
        (
            "The Kestrel Treasury sold more bonds as Kestrel Treasuries fell.",
            "Kestrel Treasury",
            &[],
        ),
        // (Not when two people so named hold them.)
        (
            "George P. Walden arrived. George T. Walden left. George Walden thanked them.",
            "George P. Walden",
            &[],
        ),
        // A family name first, then "Mr" with it alone.
        (
            "“It will happen,” said Kim Yungman, a strategist at Dongwon. “They have been \
             stalling,” said Mr Kim.",
            "Kim Yungman",
            &["Kim"],
        ),
        // Not a given name that opens a western name: "Mr Howard" is someone else.
        (
            "Sacked MP Howard Flint spoke. Mr Howard insisted he had played by the rules.",
            "Howard Flint",
            &[],
        ),
        // "Industry" ends an organization's name, and the nationality before it belongs
        // to the name.
        (
            "A spokesman for the British Phonographic Industry (BPI) said sales rose. The \
             BPI will publish the chart.",
            "British Phonographic Industry",
            &["BPI"],
        ),
        // A straight mark after a comma closes a quote: the surname after it does not
        // open a sentence, so "May" (also a month) and "Will" are the people's.
        (
            "Guitarist Ray May joined in 1970. \"It was the best night,\" May wrote.",
            "Ray May",
            &["May"],
        ),
        // A month that speaks at a sentence start is the person's name too.
        (
            "Guitarist Ray May will tour from April. May said: \"We are back on the road.\"",
            "Ray May",
            &["May"],
        ),
        (
            "\"It is a commons,\" Will Davis, a research fellow, said. \"We share it,\" said \
             Mr Davis.",
            "Will Davis",
            &["Davis"],
        ),
        // "Mr" and "Mrs" with a surname two people share: the one of that gender.
        (
            "Bill Clinton and Hillary Clinton left in 2001. Mr Clinton wrote a book. Mrs \
             Clinton ran for the Senate.",
            "Hillary Clinton",
            &["Clinton"],
        ),
        (
            "Hillary Clinton and Bill Clinton left in 2001. Mrs Clinton ran for the Senate. \
             Mr Clinton wrote a book.",
            "Bill Clinton",
            &["Clinton"],
        ),
        // A company of letters, a name and a noun goes by the name: "Harbison" of "KT
        // Harbison Tobacco" (as "Rover" of "MG Rover").
        (
            "The cigarette maker KT Harbison Tobacco lost the case. The decision sent \
             Harbison shares up 4.5%.",
            "KT Harbison Tobacco",
            &["Harbison"],
        ),
        // An acronym spelling a short place whole: "UKHC" of "UK Harbour Council".
        (
            "The UK Harbour Council met on Monday. The UKHC said it would close the port.",
            "UK Harbour Council",
            &["UKHC"],
        ),
        // An organization's name without the country in front.
        (
            "The contract was for the US Air Force. A top Air Force aide was hired.",
            "US Air Force",
            &["Air Force"],
        ),
        // A legal suffix written in full or short is one company.
        (
            "Harbour Media Corporation is buying out investors. Harbour Media Corp shares \
             fell.",
            "Harbour Media Corporation",
            &["Harbour Media Corp"],
        ),
        // An acronym in parentheses right after a name is its short form, even when it
        // spells a word the name leaves out ("Group").
        (
            "Shares in Kestrel Ocean Financial (KOFG) rose. Talks were confirmed by KOFG.",
            "Kestrel Ocean Financial",
            &["KOFG"],
        ),
        // … or the initials of its first words, three or more ("IAM" of the
        // International Association of Machinists and Aerospace Workers).
        (
            "The United Federation of Dock and Harbour Workers (UFD) said the talks had \
             failed. UFD members will vote next week.",
            "United Federation of Dock and Harbour Workers",
            &["UFD"],
        ),
        // A first name alone that only a person's words back ("Charlie's family", "…,"
        // Charlie said) is that person's; with a title it is someone else's.
        (
            "Chief executive Charlie Bell died on Monday. \"He was loved,\" Charlie said \
             once. Staff were asked to keep Charlie's family in their hearts. Prince \
             Charles sent flowers, and Charles Dunn wrote.",
            "Charlie Bell",
            &["Charlie"],
        ),
        (
            "Chief executive Charlie Bell died on Monday. Prince Charles sent flowers, \
             and Charles Dunn wrote.",
            "Charles Dunn",
            &[],
        ),
        // A first name after a kin noun is a relative's: it joins a full name only of
        // that family ("his brother Mukesh" of "Mukesh Ambani" when Anil Ambani is
        // named; not "his son Nick" of "Nick Vaughan").
        (
            "Tom Howard was introduced by his son Nick, a trainee vicar. \"It was great,\" \
             said student Nick Vaughan.",
            "Nick Vaughan",
            &[],
        ),
        (
            "Anil Ambani, 45, has resigned, said chairman Mukesh Ambani. Anil accused a \
             confidant of his brother Mukesh of plotting.",
            "Mukesh Ambani",
            &["Mukesh"],
        ),
        // A surname the article makes a person's types the full name that only weak
        // evidence ("in …") types otherwise.
        (
            "\"I have full confidence in Toshiro Kawabe,\" Mr Ghosn said. Mr Kawabe will \
             serve as his deputy.",
            "Toshiro Kawabe",
            &["Kawabe"],
        ),
        // A short form joins the fullest of nested names that hold its words.
        (
            "The US Federal Reserve raised rates. The Federal Reserve said more. The Fed \
             can wait.",
            "US Federal Reserve",
            &["Federal Reserve", "Fed"],
        ),
        // A known short form that is the full name's last word ("Times" of "Financial
        // Times" is none).
        (
            "Royal Dutch Shell agreed to sell the fields. Shell said the sale would close \
             next year.",
            "Royal Dutch Shell",
            &["Shell"],
        ),
        // A family name written first, then with a title alone: "Mr Ahn" of "Ahn Seung".
        (
            "\"Exports are recovering,\" said finance minister Ahn Seung. Mr Ahn said \
             rates would hold.",
            "Ahn Seung",
            &["Ahn"],
        ),
        // … even when nothing but the title makes the full name a person's.
        (
            "The case involved the former head of Jade River Bank, Tang Xiaobo, jailed \
             in 2003. Mr Tang was in charge when the scandal broke.",
            "Tang Xiaobo",
            &["Tang"],
        ),
        (
            "Fed chief warns on deficit\n\nFederal Reserve chairman Alan Greenspan \
             spoke on Wednesday.",
            "Federal Reserve",
            &["Fed"],
        ),
        (
            "Standard & Poor's raised its outlook. S&P said the economy was strong.",
            "Standard & Poor's",
            &["S&P"],
        ),
        // "Chambers of" continues a name; its acronym joins it.
        (
            "The British Chambers of Commerce (BCC) said rates should hold. The BCC wants \
             cuts.",
            "British Chambers of Commerce",
            &["BCC"],
        ),
        (
            "Marks & Spencer said sales fell. M&S shares rose.",
            "Marks & Spencer",
            &["M&S"],
        ),
        (
            "Fed chairman Alan Greenspan said the US Federal Reserve would act. The Fed \
             raised rates.",
            "US Federal Reserve",
            &["Fed"],
        ),
        (
            "Merrill Lynch lost the case. \"We will appeal,\" Merrill said.",
            "Merrill Lynch",
            &["Merrill"],
        ),
        (
            "Lin Mei-hua was jailed on Friday. Lin, a former army officer, said she would \
             appeal.",
            "Lin Mei-hua",
            &["Lin"],
        ),
        (
            "Anil Ambani, the younger of the two brothers, has resigned. Mr Ambani said \
             he would stay on the board.",
            "Anil Ambani",
            &["Ambani"],
        ),
        (
            "President Luiz Inacio Lula da Silva spoke. However, Mr da Silva has stuck to \
             his policy. President da Silva has defended it.",
            "Luiz Inacio Lula da Silva",
            &["da Silva"],
        ),
        // A player's surname that beats someone, made a person by more than that.
        (
            "India's Sania Mirza reached the second round of the tournament, a week after \
             her first title and a quarter-final. 18-year-old Mirza beat Jelena \
             Kostanic 6-7 (7-2) 6-4 6-1. Mirza, the first Indian woman to win a WTA title, \
             will face Svetlana Kuznetsova.",
            "Sania Mirza",
            &["Mirza"],
        ),
        // "Sir" or "Dame" and a given name: the knight named in full.
        (
            "Sir Alex Ferguson picked the side. Sir Alex said Cristiano Ronaldo would \
             start.",
            "Alex Ferguson",
            &["Alex"],
        ),
        // An organization's head word before "of" alone.
        (
            "The row has reached the European Court of Justice. The Court will rule in \
             the autumn.",
            "European Court of Justice",
            &["Court"],
        ),
        // A surname of two words.
        (
            "Sylvia Farina Elia won 7-5 7-6 (8-6). Williams blamed her defeat by Farina \
             Elia on injuries.",
            "Sylvia Farina Elia",
            &["Farina Elia"],
        ),
        (
            "Composer Andrew Lloyd Webber sold the theatre. Lloyd Webber said he was sad.",
            "Andrew Lloyd Webber",
            &["Lloyd Webber"],
        ),
        // (That shorter form is no second holder of the surname alone.)
        (
            "The year marks the birth of Hans Christian Andersen. \"Christian Andersen's \
             tales are timeless,\" the organisers said. Events will celebrate Andersen and \
             his work.",
            "Hans Christian Andersen",
            &["Christian Andersen", "Andersen"],
        ),
        // (Its holder need not open with a listed given name when the surname does not.)
        (
            "Burma's democracy leader Aung San Suu Kyi hit out at the government. Suu Kyi \
             told reporters the law was misused.",
            "Aung San Suu Kyi",
            &["Suu Kyi"],
        ),
        (
            "Captain Billie Jean King picked the team. \"We need her,\" King said.",
            "Billie Jean King",
            &["King"],
        ),
        (
            "Anthony Hill called Jansher Khan a cheat. Jansher's return was good, the referee said.",
            "Jansher Khan",
            &["Jansher"],
        ),
        (
            "The drugs group Eli Lilly plans cuts, and Eli Lilly's finance director John Roe agreed. Lilly makes insulin.",
            "Eli Lilly",
            &["Lilly"],
        ),
        // An acronym said as a word, written with one capital, in parentheses; a word
        // the name leaves out gives it a letter more.
        (
            "Cards overtook cash, according to the Association for Payment Clearing \
             Services (Apacs). Apacs said so.",
            "Association for Payment Clearing Services",
            &["Apacs"],
        ),
        // The part of a hyphenated first word before the hyphen.
        (
            "German shares rose, led by Daimler-Benz AG. Daimler rose 1.70 marks.",
            "Daimler-Benz AG",
            &["Daimler"],
        ),
        // One name written with and without a space or a mark.
        (
            "His adviser, JPMorgan, quit. The FT said JP Morgan still had a role.",
            "JP Morgan",
            &["JPMorgan"],
        ),
        (
            "He moved to the U.K. in May. The UK economy grew.",
            "U.K.",
            &["UK"],
        ),
        // A clipped form of two clipped forms joins the fullest.
        (
            "Shares in Man Utd rose. Manchester United fans objected, and the Man United \
             board met.",
            "Manchester United",
            &["Man Utd", "Man United"],
        ),
        // A known company's cars in the plural are its mentions, not its name.
        (
            "GM is building Saabs on one frame. Saab's losses grew.",
            "Saab",
            &["Saabs"],
        ),
        // A known company named after its founder, and its surname typed on its own.
        (
            "Builder George Wimpey cut prices. Wimpey said sales were slow.",
            "George Wimpey",
            &["Wimpey"],
        ),
        // A short form news uses, from `short_forms.txt`.
        (
            "PricewaterhouseCoopers cut fees. PwC said so.",
            "PricewaterhouseCoopers",
            &["PwC"],
        ),
        // A one-word name of capitalized parts: their initials, its first part.
        (
            "GlaxoSmithKline posted profits. GSK said Glaxo had cut costs.",
            "GlaxoSmithKline",
            &["GSK", "Glaxo"],
        ),
        // So may one of four capitals or more.
        (
            "The Chicago Board of Trade said it would extend trading hours. CBOT \
             chairman Patrick Arbor said so.",
            "Chicago Board of Trade",
            &["CBOT"],
        ),
        // A mixed-case acronym spells the small words too: "BoE", "MoD".
        (
            "The Bank of England held rates. The BoE meets again in March.",
            "Bank of England",
            &["BoE"],
        ),
        // A short form of a name "of" a place ("the Reserve Bank", "the Bank").
        (
            "The Reserve Bank of Australia held rates. The Reserve Bank said it would wait.",
            "Reserve Bank of Australia",
            &["Reserve Bank"],
        ),
        (
            "The Bank of England held rates. The Bank said it would wait.",
            "Bank of England",
            &["Bank"],
        ),
        // An acronym of the name without the country before it.
        (
            "The US Food and Drug Administration warned doctors. The FDA said the drug was safe.",
            "US Food and Drug Administration",
            &["FDA"],
        ),
        // An organization's head word alone is that organization.
        (
            "The European Commission fined the firm. The Commission said it would appeal.",
            "European Commission",
            &["Commission"],
        ),
        (
            "Doctors in the US warned the US Senate. The US Senate met.",
            "US Senate",
            &[],
        ),
        // A name joined to another by "and" is no short form of the joined run.
        (
            "The prize was chosen by Channel Five and BBC World Service listeners. Channel \
             Five said it was pleased.",
            "Channel Five",
            &[],
        ),
    ];
    for (text, name, aliases) in cases {
        let e = entities(&Document::parse(*text));
        let found = e
            .people
            .iter()
            .chain(&e.organizations)
            .chain(&e.locations)
            .find(|x| x.name == *name);
        assert_eq!(
            found.map(|x| x.aliases.clone()),
            Some(aliases.iter().map(|a| a.to_string()).collect()),
            "in {text:?}"
        );
    }
}

#[test]
fn more_cases() {
    let cases: &[(&str, &[&str])] = &[
        // A side's innings in a cricket report: a county there is a team (a country
        // stays a place).
        (
            "Jon Tarrow took five wickets as Sussex were dismissed for 214. By stumps \
             Surrey had reached 108 for three, and the batsmen took England to 300 in an \
             innings.",
            &["P:Jon Tarrow", "O:Sussex", "O:Surrey", "L:England"],
        ),
        // Airlines are in the list of organizations ("El Al" is no place).
        (
            "Evidence from El Al and from Alitalia was sent to officials in Rome.",
            &["O:El Al", "O:Alitalia", "L:Rome"],
        ),
        // Companies of the corporate scandals are in the list of organizations.
        (
            "After a string of scandals in the United States - from Enron to WorldCom - \
             the rules changed.",
            &["O:Enron", "O:WorldCom", "L:United States"],
        ),
        // A band's frontman or guitarist is a person.
        (
            "Showbiz figures came, including Zeta frontman Orvo and guitarist Kelzo.",
            &["P:Orvo", "P:Kelzo"],
        ),
        // After "like", a plural noun for bodies or places types the name (one for people
        // does not: "like" may be the verb).
        (
            "The gap between companies like Marlow Tane and fishing ports like Peterhead \
             is wide.",
            &["O:Marlow Tane", "L:Peterhead"],
        ),
        // A plural noun before "such as" or "including" types the name after it.
        (
            "Wine makers in France's best-known regions, such as Burgundy, struggle. Other \
             US carriers, including Skyway, have sought protection. Stars such as Milt \
             Jackson played.",
            &[
                "P:Milt Jackson",
                "O:Skyway",
                "L:France",
                "L:Burgundy",
                "L:US",
            ],
        ),
        // "a firm called X", "a man named Y", "a village called Z".
        (
            "It was sold to a previously unknown firm called Varnak. Varnak then sold \
             it. A man named Kowal lived in a village called Sulka.",
            &["P:Kowal", "O:Varnak", "L:Sulka"],
        ),
        // A saint's possessive inside a name; a cathedral is a place.
        (
            "Crowds filled St Paul's Cathedral, and St Ninian's Shopping Centre was busy.",
            &["O:St Ninian's Shopping Centre", "L:St Paul's Cathedral"],
        ),
        // "the cities of X, Y and Z": a plural place noun types the list.
        (
            "It has three breweries in the cities of Dnistrov, Nikolaev and Kharkov.",
            &["L:Dnistrov", "L:Nikolaev", "L:Kharkov"],
        ),
        // A list of names mostly people's by their shape types the one no evidence
        // types.
        (
            "Squad: Aamir Sohail, Moin Khan, Saqlain Mushtaq, Waqar Younis, Ata-ur-Rehman.",
            &[
                "P:Aamir Sohail",
                "P:Moin Khan",
                "P:Saqlain Mushtaq",
                "P:Waqar Younis",
                "P:Ata-ur-Rehman",
            ],
        ),
        // What rises or falls by a percentage is a listed company (or a market), not a
        // person; a country's economy grows.
        (
            "Travel firms took a hit, with Japan's Tabi Nippon sliding 1.5% and Orlan \
             dropping 3.3 per cent. France grew 0.5% in the quarter.",
            &["O:Tabi Nippon", "O:Orlan", "L:Japan", "L:France"],
        ),
        // A surname two people of the article share is a person's, though it joins
        // neither.
        // A relative's given name, after a comma too, joins the family member so named,
        // even a place's name.
        (
            "Linda Harmon farms. Harmon's son, Tyler, wants the farm. Tyler Harmon laughed.",
            &["P:Linda Harmon", "P:Tyler Harmon"],
        ),
        // (Unless one is named before all its mentions, the other after them.)
        (
            "Linda Harmon farms here. “Prices are low,” Harmon said. Tyler Harmon, her \
             son, laughed.",
            &["P:Linda Harmon", "P:Tyler Harmon"],
        ),
        // (Or named later and then called by the given name alone.)
        (
            "Owner Latoya Grant bakes. “We sell out,” Grant says. Her sister, Denise \
             Grant, keeps the books. “I worry,” Denise says. But Grant says it works.",
            &["P:Latoya Grant", "P:Denise Grant"],
        ),
        (
            "Jimi Tarrant grew up here. Al Tarrant, his father, lived in the house until \
             1956. Fans of Tarrant hoped to save it. Tarrant supporters marched.",
            &["P:Jimi Tarrant", "P:Al Tarrant", "P:Tarrant"],
        ),
        // An age set off by commas after a name is a person's; someone "sentenced with"
        // a name does not work there.
        (
            "Police held the dissident Chen Haolin. Another activist sentenced with Chen \
             tried to escape. Chen, 45, was sentenced last month. Officials told Chen's \
             family nothing.",
            &["P:Chen Haolin"],
        ),
        (
            "In Panama City on Saturday, Marlowe, 38, takes on Ivo Brandt.",
            &["P:Marlowe", "P:Ivo Brandt", "L:Panama City"],
        ),
        // (Not a figure after a place.)
        (
            "The index closed in Frankfurt, 45 points lower.",
            &["L:Frankfurt"],
        ),
        // Regions are places; "Arabian" (of "Saudi Arabian") is a nationality.
        (
            "Jobs will go across its operations in the Americas and South-East Asia, \
             and a Saudi Arabian prince will buy shares.",
            &["L:Americas", "L:South-East Asia"],
        ),
        // What a stake or shares are held in is a company, not a place.
        (
            "Retailer Tarvo bought a 20% stake in Zelora. It may raise its stake in \
             Zelora. Zelora said nothing.",
            &["O:Tarvo", "O:Zelora"],
        ),
        // An apposition headed by an organization noun after a possessive.
        (
            "It sold the unit to Quenby, the country's biggest online travel firm.",
            &["O:Quenby"],
        ),
        // A name's possessive with nothing owned after it is a shop's or a firm's name
        // (surely so in a list of them; alone, a person's name stays one).
        (
            "It owns famous stores like Hallett's, Dunmore's and Gregory Pine's, creating \
             the largest chain.",
            &["O:Hallett", "O:Dunmore", "O:Gregory Pine"],
        ),
        (
            "Her views on health care are so close to Helen Barrow's, she said.",
            &["P:Helen Barrow"],
        ),
        // A head word opening a sentence is the common noun, even when a longer name of
        // the article holds it.
        (
            "Harland News & Media is buying a stake. News of the deal came as results were \
             released.",
            &["O:Harland News & Media"],
        ),
        // Acronyms of common nouns ("SUVs") name nothing; a people is no organization.
        (
            "Carmakers are building sports utility vehicles (SUVs). The SUV market grew.",
            &[],
        ),
        ("Most of the Malays are Muslims.", &[]),
        // A known organization after a title is the title's organization.
        (
            "Boeing announced a deal. \"Demand is strong,\" said Dinesh Rao, senior vice \
             president Boeing.",
            &["P:Dinesh Rao", "O:Boeing"],
        ),
        // A role word opening an organization's name is part of it.
        (
            "Growth will slow, said Stuart Hensel of the Economist Intelligence Unit.",
            &["P:Stuart Hensel", "O:Economist Intelligence Unit"],
        ),
        // A well-known company named after a person stays a company.
        (
            "Altria's Philip Morris now accepts that nicotine is harmful.",
            &["O:Altria", "O:Philip Morris"],
        ),
        // What reports is a newspaper or an agency.
        (
            "Roads were blocked, newspapers including El Hadath reported. El Hadath said \
             calm returned.",
            &["O:El Hadath"],
        ),
        // A surname's evidence counts for the fuller name it joins: a company named
        // after its founder.
        (
            "Building products group James Hardell has agreed to pay. The deal must win the \
             approval of Hardell's shareholders.",
            &["O:James Hardell"],
        ),
        // Cricket words make a sports story: its ground is a place, its counties teams.
        (
            "Lancashire beat Surrey at Old Trafford, where the batsman hit 113 and the \
             bowler took four wickets.",
            &["O:Lancashire", "O:Surrey", "L:Old Trafford"],
        ),
        // A first name that is also an English word, before a common surname that is
        // none, opens a person's name (not "Presidents Reagan", "River Thames").
        (
            "Chipper Jones singled home the tying run, and Clive Owen watched.",
            &["P:Chipper Jones", "P:Clive Owen"],
        ),
        // A preposition before a possessive governs what the name owns.
        (
            "Telecoms firm Corvex has collapsed. He hid a hole in Corvex's finances and \
             shortfalls in Corvex's accounts, which led to Corvex's collapse.",
            &["O:Corvex"],
        ),
        // A place with its country after it.
        (
            "The bomb went off over Tarlow, Scotland, in 1988.",
            &["L:Tarlow", "L:Scotland"],
        ),
        // A comma closing the sentence opens no apposition.
        ("The winner was Quenby,", &["O:Quenby"]),
        // A plant or factory named by where it stands.
        (
            "The deal was crucial to carmaker Corvane's Longbridge plant. Jobs at \
             Longbridge could go.",
            &["O:Corvane", "L:Longbridge"],
        ),
        (
            "LONDON (Reuters) - Shares fell on Friday.",
            &["O:Reuters", "L:London"],
        ),
        (
            "TOKYO (Reuters) - The yen rose against the dollar.",
            &["O:Reuters", "L:Tokyo"],
        ),
        // A known place written only in capitals, in a dateline, is named as places are
        // written; letters stay letters.
        (
            "SAN FRANCISCO — Harbor Robotics said it had raised money from a fund in the UAE.",
            &["O:Harbor Robotics", "L:San Francisco", "L:UAE"],
        ),
        (
            "Said Ali, a trader in Cairo, agreed.",
            &["P:Said Ali", "L:Cairo"],
        ),
        (
            "The strike hit Boeing and Airbus.",
            &["O:Boeing", "O:Airbus"],
        ),
        (
            "Officials in Brussels and Berlin disagreed.",
            &["L:Brussels", "L:Berlin"],
        ),
        (
            "It sells in Latin America and Southeast Asia.",
            &["L:Latin America", "L:Southeast Asia"],
        ),
        ("The Kremlin denied the report.", &["O:Kremlin"]),
        (
            "It bought fellow UK firm Tibbett & Britten.",
            &["O:Tibbett & Britten", "L:UK"],
        ),
        ("Prosecutors said the Tory plan failed.", &["O:Tory"]),
        ("She won an Oscar and two Baftas.", &[]),
        ("Ohioans and Chicagoans voted in Ohio.", &["L:Ohio"]),
        (
            "The group includes Nobel economics laureate William Sharpe, and Alfred Nobel's \
             will founded the prize.",
            &["P:William Sharpe", "P:Alfred Nobel"],
        ),
        ("Sales of DVD players and MP3 files rose at New Year.", &[]),
        (
            "The Consumer Prices Index (CPI) rose by 1.2%, and the RPI and PMI by less.",
            &[],
        ),
        // (Nor after a place's or company's name, "the" opening the run: "The UK CD".)
        (
            "The UK CD albums market grew, and giant ISP AOL hired the former MTV VJ.",
            &["O:AOL", "O:MTV", "L:UK"],
        ),
        (
            "The cuts were first reported by Harbourside KTV on Monday.",
            &["O:Harbourside KTV"],
        ),
        (
            "Struggling Japanese car maker Mitsubishi Motors agreed a deal.",
            &["O:Mitsubishi Motors"],
        ),
        // (A participle that opens company names is the name's: "United", "Associated".)
        (
            "Talks stalled. United Auto Workers president Stephen Yokich objected. \
             Associated British Foods and Consolidated Edison agreed.",
            &[
                "P:Stephen Yokich",
                "O:United Auto Workers",
                "O:Associated British Foods",
                "O:Consolidated Edison",
            ],
        ),
        (
            "Troubled Mitsubishi Motors agreed a deal.",
            &["O:Mitsubishi Motors"],
        ),
        (
            "Flights left Imam Khomeini International Airport and the SUVs were sold.",
            &["L:Imam Khomeini International Airport"],
        ),
        (
            "Ships crossed the Great Lakes, and Hugo Marsh rode at Musselburgh Racecourse.",
            &["P:Hugo Marsh", "L:Great Lakes", "L:Musselburgh Racecourse"],
        ),
        (
            "He became secretary of the Commission on Social Justice.",
            &["O:Commission on Social Justice"],
        ),
        // "in" inside a known organization's name ("Human Rights in China"); not after
        // another name ("Apple in China").
        (
            "Xiao Qiang, director of the group Human Rights in China, said Apple in China \
             had agreed.",
            &[
                "P:Xiao Qiang",
                "O:Human Rights in China",
                "O:Apple",
                "L:China",
            ],
        ),
        // "the" and "of the" too, the known name a longer one may open ("Friends of the
        // Earth Nigeria").
        (
            "Save the Children and Friends of the Earth Nigeria wrote to Shell.",
            &[
                "O:Save the Children",
                "O:Friends of the Earth Nigeria",
                "O:Shell",
            ],
        ),
        (
            "He took an MSc at Haverstock Comprehensive.",
            &["O:Haverstock Comprehensive"],
        ),
        ("The bill passed the Senate on Tuesday.", &["O:Senate"]),
        ("Exports to the United States rose.", &["L:United States"]),
        ("The Canadian firm moved to Alberta.", &["L:Alberta"]),
        ("Texas-based Dell cut prices.", &["O:Dell", "L:Texas"]),
        ("The Japanese carmaker Toyota recalled cars.", &["O:Toyota"]),
        (
            "Workers at the Ford plant in Detroit voted.",
            &["O:Ford", "L:Detroit"],
        ),
        ("Barclays and HSBC cut rates.", &["O:Barclays", "O:HSBC"]),
        (
            "Amara Osei, an analyst at Halden Research, said yes.",
            &["P:Amara Osei", "O:Halden Research"],
        ),
        ("“Demand is strong,” Okonkwo said.", &["P:Okonkwo"]),
        ("The OECD said growth would slow.", &["O:OECD"]),
        ("Ofgem and the CMA opened inquiries.", &["O:Ofgem", "O:CMA"]),
        (
            "The talks in Geneva were led by Lakhdar Brahimi.",
            &["P:Lakhdar Brahimi", "L:Geneva"],
        ),
        (
            "She studied at Harvard University and Oxford.",
            &["O:Harvard University", "L:Oxford"],
        ),
        ("The Leeds plant employs 250 people.", &["L:Leeds"]),
        ("Most Americans and Europeans agreed.", &[]),
        // (Nor with a compass point's initial: "S. Korean", "S. African Afrikaners".)
        (
            "Results of S. Korean games. S. African Afrikaners met in S. Africa.",
            &["L:S. Africa"],
        ),
        // (Nor are a party's members: "accused Democrats" makes no one a person, and
        // "Senate Democrats" are members, as "Senate Republicans" are.)
        (
            "Senate Democrats blocked the bill. Majority Leader John Thune accused Democrats \
             of playing politics, and some Democrats and Republicans agreed.",
            &["P:John Thune"],
        ),
        (
            "The French-Israeli film and the Anglo-Dutch group won.",
            &[],
        ),
        (
            "Plaid Cymru and the Liberal Democrat leader objected.",
            &["O:Plaid Cymru", "O:Liberal Democrat"],
        ),
        ("The Dow fell while the FTSE rose.", &[]),
        (
            "In the league match, Bolton Wanderers beat Derby County with two late goals.",
            &["O:Bolton Wanderers", "O:Derby County"],
        ),
        // A weekday inside a known club's name stays ("Sheffield Wednesday"); a given name
        // opening one makes no person of it.
        (
            "Fans of Sheffield Wednesday cheered, and Preston North End drew again on \
             Wednesday.",
            &["O:Sheffield Wednesday", "O:Preston North End"],
        ),
        ("The match in Madrid ended in a draw.", &["L:Madrid"]),
        (
            "Troops retook the town of Kelvara, three km east of Dunmoor.",
            &["L:Kelvara", "L:Dunmoor"],
        ),
        // A word opening the sentence, an English word too, that an apposition says is a
        // body ("Metro"); not a speech verb's subject, nor the first of a list.
        (
            "Metro, Germany's biggest retailer, has reported a rise in profits. Revenue, the \
             company said, rose. Automakers, suppliers and insurers agreed.",
            &["O:Metro", "L:Germany"],
        ),
        // A place and a place's head word are a place, whatever else the head names
        // ("Delta" is an airline's).
        (
            "Shell continues to retreat from the troubled Niger Delta.",
            &["O:Shell", "L:Niger Delta"],
        ),
        (
            "He will defend the Labour stronghold of Marbury, and later holidayed in the resort \
             of Kestrani.",
            &["O:Labour", "L:Marbury", "L:Kestrani"],
        ),
        ("Many Hutus and Tutsis fled across the border.", &[]),
        (
            "In the last league match of the season the Florida Marlins beat the Cincinnati Reds and Paris Hilton watched.",
            &["P:Paris Hilton", "O:Florida Marlins", "O:Cincinnati Reds"],
        ),
        (
            "Former England captain Will Carling and the Soviet Union were named.",
            &["P:Will Carling", "L:England", "L:Soviet Union"],
        ),
        (
            "Two F-16 jets and AK-47s were seen; output rose in January-June.",
            &[],
        ),
        // Names listed together share the type of the list's known names.
        (
            "Manager Mick Carter picked Gary Breen and Ian Harte. The team is: Breen, Staunton, Harte, McAteer, Townsend.",
            &[
                "P:Mick Carter",
                "P:Gary Breen",
                "P:Ian Harte",
                "P:Staunton",
                "P:McAteer",
                "P:Townsend",
            ],
        ),
        // A plural team name is a plural noun; a surname ending in s is a player.
        // A scorer's line: a name before the minute of the goal is a player's.
        (
            "Norway beat Iceland 2-0 in the World Cup qualifier, their first goal of the \
             match coming late.\n\nScorers: Tarjei Mykland 81st minute, Rune Dahle (89th)",
            &["P:Tarjei Mykland", "P:Rune Dahle", "L:Norway", "L:Iceland"],
        ),
        (
            "Norway beat Iceland 2-0 in the World Cup qualifier, their first goal of the \
             match coming late.\n\nNorway - Tarjei Mykland (13th), Rune Dahle (88th)",
            &["P:Tarjei Mykland", "P:Rune Dahle", "L:Norway", "L:Iceland"],
        ),
        (
            "Norway drew with Iceland.\n\nNorway - Tarjei Mykland (13th), Rune Dahle (88th)",
            &["P:Tarjei Mykland", "P:Rune Dahle", "L:Norway", "L:Iceland"],
        ),
        // Not a place in a ranking written as a sentence.
        (
            "The list names the Pez dispenser (98th) and the Tamagotchi (86th).",
            &["O:Pez", "O:Tamagotchi"],
        ),
        // In a sports story, "at X" is the ground.
        (
            "England won the match against Pakistan by 107 runs at Tolworth Park on \
             Saturday, their first victory of the season, and drew at Brackley.",
            &["L:England", "L:Pakistan", "L:Tolworth Park", "L:Brackley"],
        ),
        // In a sports story, a place and a capitalized plural name a team.
        (
            "Marv Tuttle homered twice as the Tulsa Drillers defeated the Lincoln Indians \
             5-3 on Friday, their fifth victory of the season in the league.",
            &["P:Marv Tuttle", "O:Tulsa Drillers", "O:Lincoln Indians"],
        ),
        (
            "The goal stood and the match ended in victory. But Nigel Williams said the \
             league should look again at the season.",
            &["P:Nigel Williams"],
        ),
        (
            "In the championship match Derbyshire won by nine wickets and can take the \
             day off with Rutlandshire, who beat Somerset on Friday.",
            &["O:Derbyshire", "O:Rutlandshire", "O:Somerset"],
        ),
        // (A known place too, the verb after "who".)
        (
            "In the championship match Derbyshire won by nine wickets and can take the \
             day off with Leicestershire, who beat Somerset on Friday.",
            &["O:Derbyshire", "O:Leicestershire", "O:Somerset"],
        ),
        // An English plural that is also a surname is no player when alone.
        (
            "The Tigers blanked the Kansas City Royals 4-0 in the league season. Van \
             Poppel struck out two in defeating the Royals in the championship.",
            // ("Royals" is the team's nickname, an alias of "Kansas City Royals".)
            &["P:Van Poppel", "O:Tigers", "O:Kansas City Royals"],
        ),
        // A place after a victory "over" (or a defeat "by") is the team beaten.
        (
            "In the league season Harlequins scored a try apiece in their 75-19 victory \
             over Gloucester, a week after a defeat by Northampton.",
            &["O:Harlequins", "O:Gloucester", "O:Northampton"],
        ),
        // A "side" before the name: a team, an English word or a given name too.
        (
            "The striker scored two goals in the league match. French first division side \
             Nice have signed him on loan, and Premiership side Newcastle want him back.",
            &["O:Nice", "O:Newcastle"],
        ),
        // (A defeat "to" a town too; a country stays a place.)
        (
            "The coach was fired after the club's home defeat to Toulouse in the league \
             match, a week after a defeat to France.",
            &["O:Toulouse", "L:France"],
        ),
        // A town's player, in a sports story, is its club's.
        (
            "In the league match, Middlesbrough's Brazilian midfielder Juninho was booked \
             in the 36th minute and the goal stood.",
            &["P:Juninho", "O:Middlesbrough"],
        ),
        // A player's surname that wins or beats is the player, not a team.
        (
            "Dalia Krupes reached the final of the tournament. Krupes beat Ana Mirza \
             in the semi-final and Krupes won the title.",
            &["P:Dalia Krupes", "P:Ana Mirza"],
        ),
        (
            "In the cup final, Didier Hendriks scored two goals and the Blue Jays fans cheered.",
            &["P:Didier Hendriks", "O:Blue Jays"],
        ),
        (
            "Leicestershire beat Somerset by an innings in the county championship match.",
            &["O:Leicestershire", "O:Somerset"],
        ),
        (
            "Ludwig van Beethoven wrote nine symphonies.",
            &["P:Ludwig van Beethoven"],
        ),
        ("Osama bin Laden was named.", &["P:Osama bin Laden"]),
        (
            "The Dai-ichi Life Research Institute said so.",
            &["O:Dai-ichi Life Research Institute"],
        ),
        (
            "New disclosure rules apply to the Harlow Trust.",
            &["O:Harlow Trust"],
        ),
    ];
    for (text, expected) in cases {
        check(text, expected);
    }
}

#[test]
fn google_deepmind_is_not_google() {
    check(
        "Meta competes with Google DeepMind. Google also spends heavily.",
        &["O:Meta", "O:Google DeepMind", "O:Google"],
    );
}

#[test]
fn an_english_word_that_names_someone_is_named_at_every_mention() {
    // "Parry" is a verb too: kept where a speech verb follows it, it is the same name after
    // "But" and after an opening phrase; not where it opens a sentence as a word.
    let text = "Mr Parry said he would stay. But Parry, speaking on radio, also admits the club \
                needs money. On the subject of investment, Parry revealed little. Parry the \
                question if you can.";
    let doc = Document::parse(text);
    let e = entities(&doc);
    let parry = e.people.iter().find(|p| p.name == "Parry").expect("Parry");
    let starts: Vec<usize> = parry.mentions.iter().map(|m| m.span.start).collect();
    let at = |needle: &str| text.find(needle).unwrap_or(usize::MAX);
    assert_eq!(
        starts,
        [
            at("Parry said"),
            at("Parry, speaking"),
            at("Parry revealed"),
        ]
    );
}

#[test]
fn mentions_are_spans_without_possessives() {
    let text = "Zuckerberg’s message: Zuckerberg wants more. Mark Zuckerberg agreed.";
    let doc = Document::parse(text);
    let e = entities(&doc);
    let spans: Vec<&str> = e.people[0]
        .mentions
        .iter()
        .map(|m| doc.slice(m.span))
        .collect();
    assert_eq!(spans, ["Zuckerberg", "Zuckerberg", "Mark Zuckerberg"]);
}

#[track_caller]
fn check_roles(text: &str, person: &str, expected: &[(&str, Option<&str>)]) {
    let doc = Document::parse(text);
    let e = entities(&doc);
    let p = e
        .people
        .iter()
        .find(|p| p.name == person)
        .unwrap_or_else(|| panic!("{person} not found in {text:?}: {:?}", e.people));
    let got: Vec<(&str, Option<&str>)> = p
        .roles
        .iter()
        .map(|r| {
            (
                r.title.as_str(),
                r.organization.map(|o| e.organizations[o].name.as_str()),
            )
        })
        .collect();
    assert_eq!(got, expected, "in {text:?}");
}

#[test]
fn roles() {
    // (Text, person, the roles expected: title and organization.)
    type Case = (
        &'static str,
        &'static str,
        &'static [(&'static str, Option<&'static str>)],
    );
    let cases: &[Case] = &[
        // The short form of words in lower case is no part of the name after it; a
        // description's body may close before a speech verb.
        (
            "Internet service provider (ISP) Plus.net backed the plan. Chris Panos, managing \
             director of ISP Freedom2surf said that it would help.",
            "Chris Panos",
            &[("managing director", Some("Freedom2surf"))],
        ),
        (
            "JF Sullivan, spokesman for e-mail software firm Sendmail said many firms agree.",
            "JF Sullivan",
            &[("spokesman", Some("Sendmail"))],
        ),
        (
            "“They’re streamlining,” said Daniel Ives, tech analyst at Wedbush Securities.",
            "Daniel Ives",
            &[("tech analyst", Some("Wedbush Securities"))],
        ),
        (
            "Sarah Hindle, director at the AI Policy Institute, agreed.",
            "Sarah Hindle",
            &[("director", Some("AI Policy Institute"))],
        ),
        // A description with no article before the name, closed by a noun for a body or
        // a trade (an acronym among its words).
        (
            "Operators push multimedia messaging service (MMS) phones. The problem, said \
             Shailendra Jain, head of MMS firm Adamind, is education.",
            "Shailendra Jain",
            &[("head", Some("Adamind"))],
        ),
        // A hyphenated "vice-" title (`roles.txt`) makes its holder a person.
        (
            "The State Environmental Protection Agency (SEPA) named 26 projects. \"They \
             are illegal,\" said SEPA vice-director Pan Yue.",
            "Pan Yue",
            &[(
                "vice-director",
                Some("State Environmental Protection Agency"),
            )],
        ),
        (
            "Stanley Fischer, vice chairman of banking giant Citigroup, took the job.",
            "Stanley Fischer",
            &[("vice chairman", Some("Citigroup"))],
        ),
        // A place's possessive before the organization's name.
        (
            "“You cannot sue the government,” said Eric Kraus, a strategist at Moscow's \
             Sovlink Securities.",
            "Eric Kraus",
            &[("strategist", Some("Sovlink Securities"))],
        ),
        (
            "Opposition Leader Peter Dutton dismissed it.",
            "Peter Dutton",
            &[("Opposition Leader", None)],
        ),
        // A noun of what is headed before "chief", "boss" or "head" is the title's.
        (
            "Labour election chief Alan Milburn denied the party was worried.",
            "Alan Milburn",
            &[("election chief", Some("Labour"))],
        ),
        (
            "Shell production chief Walter van der Vijver resigned in March.",
            "Walter van der Vijver",
            &[("production chief", Some("Shell"))],
        ),
        // A person's own title between commas, after "his", "her" or "their".
        (
            "Marco Rubio stayed out of the fight. His spokesman, Alex Conant, said the senator \
             would focus on jobs.",
            "Alex Conant",
            &[("spokesman", None)],
        ),
        // Negotiators, envoys, mediators and diplomats.
        (
            "“We hope to reach an agreement within days,” Palestinian chief negotiator Saeb \
             Erekat told Reuters.",
            "Saeb Erekat",
            &[("chief negotiator", None)],
        ),
        (
            "U.S. envoy Dennis Ross is due next week.",
            "Dennis Ross",
            &[("envoy", None)],
        ),
        // A member is a role: of a board, of a band.
        (
            "“It was not received well,” said Norbert Weil, a member of the Audi management \
             board.",
            "Norbert Weil",
            &[("member", Some("Audi"))],
        ),
        (
            "Founding member Geoff Barrow said the band would tour.",
            "Geoff Barrow",
            &[("Founding member", None)],
        ),
        // An acronym opening the sentence before the title.
        (
            "The Housing Industry Association welcomed it. HIA chief economist Tom Devitt \
             said more.",
            "Tom Devitt",
            &[("chief economist", Some("Housing Industry Association"))],
        ),
        // A rank of one word between the office and the name.
        (
            "“He was in and out,” Portland Police Bureau spokesperson Sgt. Kevin Allen said.",
            "Kevin Allen",
            &[
                ("Sgt.", None),
                ("spokesperson", Some("Portland Police Bureau")),
            ],
        ),
        // "of the central bank": the bank named before, however far back.
        (
            "Godwin Emefiele has led the Central Bank of Nigeria since 2014. The naira fell. \
             Inflation rose. Prices climbed. Kingsley Moghalu, a former deputy governor of \
             the central bank, said so.",
            "Kingsley Moghalu",
            &[("former deputy governor", Some("Central Bank of Nigeria"))],
        ),
        // "the fund's": the fund named last, though a bank comes after it.
        (
            "The International Monetary Fund cut its forecast. Officials at the IMF and the \
             World Bank agreed. The fund's managing director, Kristalina Georgieva, said so.",
            "Kristalina Georgieva",
            &[("managing director", Some("International Monetary Fund"))],
        ),
        // "the college's": the college named last.
        (
            "The Royal College of Nursing said so, and Acme Corp. agreed. Dr Adrian Boyle, \
             the college's president, said more.",
            "Adrian Boyle",
            &[("president", Some("Royal College of Nursing"))],
        ),
        // Police ranks, written whole or short.
        (
            "Acting Detective Chief Superintendent Mick Deats said so. Det Sgt Claire \
             Whitworth agreed.",
            "Mick Deats",
            &[("Acting Detective Chief Superintendent", None)],
        ),
        (
            "Acting Detective Chief Superintendent Mick Deats said so. Det Sgt Claire \
             Whitworth agreed.",
            "Claire Whitworth",
            &[("Det Sgt", None)],
        ),
        // A city's offices and everyday occupations.
        (
            "Ward 2 Alderman Shawn Gregory voted against the plan.",
            "Shawn Gregory",
            &[("Alderman", None)],
        ),
        (
            "Janet Moore, a retired teacher who volunteers at the library, spoke.",
            "Janet Moore",
            &[("retired teacher", None)],
        ),
        // Sciences' and the law's professions.
        (
            "Dr Sarah Lim, a reproductive biologist at Imperial College London, urged \
             caution.",
            "Sarah Lim",
            &[("reproductive biologist", Some("Imperial College London"))],
        ),
        // An office's words inside a capitalized title, a courtesy title after it.
        (
            "Leyden's Chief Scientific Officer Dr. Marieke de Vries joined in 2019.",
            "Marieke de Vries",
            &[("Chief Scientific Officer", Some("Leyden"))],
        ),
        (
            "Said Mr Bysshe: “It is a new game.” Under Mr Bysshe, sales rose.",
            "Bysshe",
            &[],
        ),
        (
            "Leyden Therapeutics fell, said Leyden co-founder and Chief Scientific Officer \
             Marieke de Vries.",
            "Marieke de Vries",
            &[("Chief Scientific Officer", Some("Leyden Therapeutics"))],
        ),
        (
            "Former Hudson Bank president Richard Kessler and Chief Lending Officer Maria \
             Santos were convicted.",
            "Maria Santos",
            &[("Chief Lending Officer", None)],
        ),
        (
            "Qantas chief executive Geoff Dixon said fuel costs rose.",
            "Geoff Dixon",
            &[("chief executive", Some("Qantas"))],
        ),
        // A capitalized title before the name, the organization after it; not one that
        // qualifies a noun after "the", nor a peer's seat.
        (
            "Analyst Julius Maldutis of Salomon Brothers cut his forecast.",
            "Julius Maldutis",
            &[("Analyst", Some("Salomon Brothers"))],
        ),
        (
            "Economist Joel Naroff at First Union Corp said rates would rise.",
            "Joel Naroff",
            &[("Economist", Some("First Union Corp"))],
        ),
        (
            "Unions met Deputy Prime Minister John Prescott at the Labour spring conference.",
            "John Prescott",
            &[("Deputy Prime Minister", None)],
        ),
        // A hyphenated title of a body's head; "arap" inside a Kenyan name.
        (
            "President Daniel arap Moi's party, KANU, met. KANU secretary-general Joseph \
             Kamotho dismissed the charges.",
            "Joseph Kamotho",
            &[("secretary-general", Some("KANU"))],
        ),
        (
            "President Daniel arap Moi's party, KANU, met. KANU secretary-general Joseph \
             Kamotho dismissed the charges. Moi said nothing.",
            "Daniel arap Moi",
            &[("President", None)],
        ),
        // A title opening the sentence, its first word capitalized for that alone; of the
        // article's company. "Head of money and markets at" a firm makes it a firm.
        (
            "Kestrel Holdings grew. Kestrel sells chips. Chief executive Rene Holt told the \
         BBC that Kestrel was doing well.",
            "Rene Holt",
            &[("Chief executive", Some("Kestrel Holdings"))],
        ),
        // "press", "minority", "majority" stand in titles: "press secretary", "Senate
        // Minority Leader" (the Senate is the body).
        (
            "White House press secretary Kara Lane told reporters so.",
            "Kara Lane",
            &[("press secretary", Some("White House"))],
        ),
        (
            "Senate Minority Leader Chuck Shaw called it chaos.",
            "Chuck Shaw",
            &[("Minority Leader", Some("Senate"))],
        ),
        // "The mayor of Springfield, Dana Ortiz": a definite title of a place or body,
        // then the name after a comma.
        (
            "The mayor of Springfield, Dana Ortiz, defended the plan.",
            "Dana Ortiz",
            &[("mayor", None)],
        ),
        (
            "The chief executive of Kestrel Holdings, Rene Holt, resigned.",
            "Rene Holt",
            &[("chief executive", Some("Kestrel Holdings"))],
        ),
        // A legal suffix's stop inside the name; "a spokeswoman for" too.
        (
            "The chief executive of Acme Corp., Jane Roe, said so. A spokeswoman for Acme \
             Corp., Ann Lee, agreed.",
            "Jane Roe",
            &[("chief executive", Some("Acme Corp."))],
        ),
        (
            "The chief executive of Acme Corp., Jane Roe, said so. A spokeswoman for Acme \
             Corp., Ann Lee, agreed.",
            "Ann Lee",
            &[("spokeswoman", Some("Acme Corp."))],
        ),
        // "The work and pensions secretary, Liz Kendall,": a definite title before the
        // comma, its lower-case modifiers with it, or the organization it is of.
        (
            "The work and pensions secretary, Liz Kendall, said the changes would help.",
            "Liz Kendall",
            &[("work and pensions secretary", None)],
        ),
        // Words of the title no list holds, between the possessive and the role.
        (
            "Meta's chief global affairs officer, Joel Kaplan, said it was unfair.",
            "Joel Kaplan",
            &[("chief global affairs officer", Some("Meta"))],
        ),
        // Words no list holds inside an apposition's title.
        (
            "Seema Shah, chief global strategist at Principal Asset Management, said so.",
            "Seema Shah",
            &[(
                "chief global strategist",
                Some("Principal Asset Management"),
            )],
        ),
        // Medical titles; a country before a title stays a place.
        (
            "Jane Roe, a psychiatrist at Northwell Health, led the trial. England doctor \
             Simon Kemp agreed.",
            "Jane Roe",
            &[("psychiatrist", Some("Northwell Health"))],
        ),
        // A court's words in a judge's title.
        (
            "U.S. District Judge Adrienne Nelson granted the request.",
            "Adrienne Nelson",
            &[("U.S. District Judge", None)],
        ),
        // An apposition after "its": of the organization named last.
        (
            "HSBC also named Pam Kaur, its chief risk officer, as chief financial officer.",
            "Pam Kaur",
            &[("chief risk officer", Some("HSBC"))],
        ),
        // An abbreviated title keeps its stop; the title of the next name in a list is not
        // the one before's apposition.
        (
            "Groups backing New Jersey Gov. Chris Christie, Ohio Gov. John Kasich and Sen. \
             Marco Rubio spent heavily.",
            "Chris Christie",
            &[("Gov.", None)],
        ),
        // A role of two words neither of which is one alone.
        (
            "Michael O'Hanlon, a senior fellow at the Brookings Institution, disagreed.",
            "Michael O'Hanlon",
            &[("senior fellow", Some("Brookings Institution"))],
        ),
        // An apposition after a person's possessive: the title alone ("chief of staff"
        // whole); "his partner" is no title.
        (
            "“Polls go up and down,” said Corry Bliss, his campaign manager.",
            "Corry Bliss",
            &[("campaign manager", None)],
        ),
        (
            "Rahm Emanuel, his chief of staff, urged a strong stand.",
            "Rahm Emanuel",
            &[("chief of staff", None)],
        ),
        (
            "Elton John arrived with David Furnish, his partner, on Sunday.",
            "David Furnish",
            &[],
        ),
        // An adverb of when the title holds opens no title, and is no part of one.
        (
            "His successor, Andy Harrison, currently chief executive of RAC, takes over.",
            "Andy Harrison",
            &[("chief executive", Some("RAC"))],
        ),
        (
            "Phil Redmond, now chairman of Mersey TV, told the minister.",
            "Phil Redmond",
            &[("chairman", Some("Mersey TV"))],
        ),
        // The organization after its description in lower case.
        (
            "Sam Bankman-Fried, the founder of the collapsed cryptocurrency exchange FTX, \
             was sentenced.",
            "Sam Bankman-Fried",
            &[("founder", Some("FTX"))],
        ),
        // A title ending in "general".
        (
            "The state's attorney general, Bob Ferguson, called it a win. Director General \
             Kevin Hawkins of the British Retail Consortium agreed.",
            "Bob Ferguson",
            &[("attorney general", None)],
        ),
        // An acronym title in the walk ("president and CEO").
        (
            "“It fits,” Hock Tan, Broadcom's president and CEO, said in a statement.",
            "Hock Tan",
            &[("president and CEO", Some("Broadcom"))],
        ),
        // A title in the plural before names listed is each one's, in the singular.
        (
            "Two policymakers, Governors Michelle Bowman and Christopher Waller, dissented.",
            "Christopher Waller",
            &[("Governor", None)],
        ),
        (
            "Senators Ted Cruz, Rand Paul and Marco Rubio agreed.",
            "Ted Cruz",
            &[("Senator", None)],
        ),
        (
            "Senators Ted Cruz, Rand Paul and Marco Rubio agreed.",
            "Marco Rubio",
            &[("Senator", None)],
        ),
        // A possessive written with the apostrophe alone; an indefinite title.
        (
            "Sanders' campaign manager, Faiz Shakir, said so. A Warren spokeswoman, Kristen \
             Orthman, disagreed.",
            "Faiz Shakir",
            &[("campaign manager", None)],
        ),
        (
            "Sanders' campaign manager, Faiz Shakir, said so. A Warren spokeswoman, Kristen \
             Orthman, disagreed.",
            "Kristen Orthman",
            &[("spokeswoman", None)],
        ),
        // An organization's name opening the title before the comma.
        (
            "Schools were singled out by Ofsted chief, David Bell, on Monday.",
            "David Bell",
            &[("chief", Some("Ofsted"))],
        ),
        (
            "Kestrel Tennis chief executive, John Crowther, said the game was growing.",
            "John Crowther",
            &[("chief executive", Some("Kestrel Tennis"))],
        ),
        // A courtesy title between the role and the name.
        (
            "Labour leader Sir Keir Starmer spoke. The Liberal Democrat leader, Sir Ed \
             Davey, agreed.",
            "Keir Starmer",
            &[("leader", Some("Labour"))],
        ),
        // Two titles joined by "and".
        (
            "Meta cut jobs. Meta closed plants. Meta grew. “We acted,” said chairman and \
             chief executive officer Jane Roe.",
            "Jane Roe",
            &[("chairman and chief executive officer", Some("Meta"))],
        ),
        (
            "In a memo, Salesforce's president and chief operating officer, Brian Millham, \
             told employees to stay.",
            "Brian Millham",
            &[("president and chief operating officer", Some("Salesforce"))],
        ),
        (
            "Costs rose, said the chief executive, Rene Holt.",
            "Rene Holt",
            &[("chief executive", None)],
        ),
        (
            "Labour won. The Labour leader, Keir Starmer, was pleased.",
            "Keir Starmer",
            &[("leader", Some("Labour"))],
        ),
        // Not a thing before the comma, nor a predicate's title ("… is the GOP
        // nominee, Rubio said").
        ("After the deal, Rene Holt resigned.", "Rene Holt", &[]),
        (
            "Used to being the favoured candidate, Rene Holt waited.",
            "Rene Holt",
            &[],
        ),
        (
            "Voters support the president, Ms. Holt argues in her book.",
            "Holt",
            &[],
        ),
        (
            "Under hours of questioning from a federal prosecutor, Mr Holt has told the court.",
            "Holt",
            &[],
        ),
        (
            "Sue Streeter, head of money and markets at Hargreaves Lansdown, said so.",
            "Sue Streeter",
            &[("head of money and markets", Some("Hargreaves Lansdown"))],
        ),
        (
            "Costs rose at Acme Corp. The company’s chief financial officer, Jane Roe, said so.",
            "Jane Roe",
            // The period of "Corp." at a sentence's end is the sentence's.
            &[("chief financial officer", Some("Acme Corp"))],
        ),
        (
            "Growth will slow, said Jean-Philippe Cotis, the OECD's chief economist.",
            "Jean-Philippe Cotis",
            &[("chief economist", Some("OECD"))],
        ),
        // The title is the adviser's, not that of the person advised.
        (
            "Losses are real, said Jack Boorman, adviser to IMF's managing director, \
             Rodrigo Rato.",
            "Jack Boorman",
            &[("adviser", Some("IMF"))],
        ),
        (
            "“We do not need to cut,” Fathi Bin Shatwan, Libya's oil minister, told Reuters.",
            "Fathi Bin Shatwan",
            &[("oil minister", None)],
        ),
        // A relative clause before the possessive; a name whose own mark it is.
        (
            "Shares rose at Reliance Energy. The board backed Anil Ambani, who is the company's \
             chief.",
            "Anil Ambani",
            &[("chief", Some("Reliance Energy"))],
        ),
        (
            "“They should seize the moment,” Mr Prettejohn, Lloyd's chief executive said.",
            "Prettejohn",
            &[("chief executive", Some("Lloyd's"))],
        ),
        // "X, the carmaker's chief executive Y": the title is the name's after it, and
        // the carmaker another than X.
        (
            "Asked if BMW would seek damages from Peter Smith, the carmaker's chief executive \
             Helmut Panke said no.",
            "Peter Smith",
            &[],
        ),
        (
            "BMW is to recall cars with a pump supplied by parts maker Robert Bosch. Asked if \
             BMW would seek damages from Bosch, the carmaker's chief executive Helmut Panke \
             said no.",
            "Helmut Panke",
            &[("chief executive", Some("BMW"))],
        ),
        // A title, "for" or "of", the office, then the person's name.
        (
            "Along with Minister for Work Jane Kennedy, he tore into the plans.",
            "Jane Kennedy",
            &[("Minister for Work", None)],
        ),
        (
            "Secretary of State for Work and Pensions Alan Johnson disagreed.",
            "Alan Johnson",
            &[("Secretary of State for Work and Pensions", None)],
        ),
        // An office's words before a commissioner's or minister's title are the
        // title's, not an organization.
        (
            "EU Monetary Affairs Commissioner Joaquin Almunia said the pact would hold.",
            "Joaquin Almunia",
            &[("Monetary Affairs Commissioner", Some("EU"))],
        ),
        (
            "Minister for Children, Young People and Families Margaret Hodge said the \
             plans were fair.",
            "Margaret Hodge",
            &[("Minister for Children, Young People and Families", None)],
        ),
        // "its" after a place the clause opens with is the place's; not after a place
        // a preposition governs.
        (
            "The Open Society Institute funds schools. Since 1991, Kazakhstan has been \
             dominated by its president Nursultan Nazarbayev.",
            "Nursultan Nazarbayev",
            &[("president", None)],
        ),
        (
            "Yukos has no assets in the US, apart from a house in Houston owned by its chief \
             finance officer Bruce Misamore.",
            "Bruce Misamore",
            &[("chief finance officer", Some("Yukos"))],
        ),
        // Not a clause's possessive.
        (
            "The show, by Ed Mirvish, will open at Toronto's Princess of Wales Theatre.",
            "Ed Mirvish",
            &[],
        ),
        // The organization after the name a title comes before.
        (
            "Aviation analyst Nick Van den Brul of BNP Paribas called it modest.",
            "Nick Van den Brul",
            &[("analyst", Some("BNP Paribas"))],
        ),
        // A preposition opening the sentence is no part of the title.
        (
            "Under President Chavez, the state has grown. US Attorney Jo Kelley agreed.",
            "Chavez",
            &[("President", None)],
        ),
        (
            "Under President Chavez, the state has grown. US Attorney Jo Kelley agreed.",
            "Jo Kelley",
            &[("US Attorney", None)],
        ),
        (
            "Rainer Hertrich, the co-head of EADS, will also step down.",
            "Rainer Hertrich",
            &[("co-head", Some("EADS"))],
        ),
        (
            "Trade and Industry Secretary Patricia Hewitt said people would not be forced.",
            "Patricia Hewitt",
            &[("Trade and Industry Secretary", None)],
        ),
        (
            "“They are proud,” said Thomas Dawson, an IMF director.",
            "Thomas Dawson",
            &[("director", Some("IMF"))],
        ),
        (
            "Vincent Koen, a senior economist with the OECD, told the BBC.",
            "Vincent Koen",
            &[("senior economist", Some("OECD"))],
        ),
        (
            "Meta cut jobs. Meta hired. Meta grew. CEO Mark Zuckerberg spoke.",
            "Mark Zuckerberg",
            &[("CEO", Some("Meta"))],
        ),
        // An English word the article writes in lower case and a head word, opening the
        // sentence before a title, are the body's name.
        (
            "The police were told. Police Federation chairman Jan Berry said it was wrong.",
            "Jan Berry",
            &[("chairman", Some("Police Federation"))],
        ),
        // Not when a word the article does not name stands before the title: another
        // body's.
        (
            "Meta cut jobs. Meta hired. Meta grew. Epic CEO Tim Sweeney spoke.",
            "Tim Sweeney",
            &[("CEO", None)],
        ),
        (
            "Fed Gov. Lisa Cook spoke in Washington.",
            "Lisa Cook",
            &[("Gov.", Some("Fed"))],
        ),
        ("Mr. Smith left early.", "Smith", &[]),
        (
            "The union's president, Maria Delgado, said no.",
            "Maria Delgado",
            &[("president", None)],
        ),
        // A word of what the role covers between the organization and the title; not a
        // verb after the organization.
        (
            "It will rise, predicted Morgan Stanley equity strategist Naoki Kamiyama.",
            "Naoki Kamiyama",
            &[("equity strategist", Some("Morgan Stanley"))],
        ),
        // What the title is for, in lower case, is the title's.
        (
            "The Fed's vice chair for supervision, Michael Barr, has said the rules are needed.",
            "Michael Barr",
            &[("vice chair for supervision", Some("Fed"))],
        ),
        // An apposition past the age.
        (
            "Robert Jackson, 58, MP for Wantage in Oxfordshire, said he was disillusioned.",
            "Robert Jackson",
            &[("MP", None)],
        ),
        // Words no list holds between "its" and the title's known words are the title's.
        (
            "The Unite union said the plans were wrong. Its national officer, Dominic Hart, \
             said no.",
            "Dominic Hart",
            &[("national officer", Some("Unite"))],
        ),
        // Modifiers in lower case before a title of one word that is a role; not a
        // preposition.
        (
            "The dinner was hosted by deputy PM John Prescott in November.",
            "John Prescott",
            &[("deputy PM", None)],
        ),
        (
            "The budget grew under President Bill Clinton.",
            "Bill Clinton",
            &[("President", None)],
        ),
        (
            "The Payment Clearing Association chose school teacher Helen Carroll.",
            "Helen Carroll",
            &[("teacher", None)],
        ),
    ];
    for (text, person, expected) in cases {
        check_roles(text, person, expected);
    }
}
