/**
 * Word tables for names: titles, name particles, and the head words that tell an organization, an outlet, a
 * place or an event by its name. Data only; the rules that read them are in name-runs.ts and kinds.ts.
 */

const words = (list: string) => new Set(list.trim().split(/\s+/));

/**
 * Titles and forms of address that stand before a name and become the person's role ("Sgt Colm Prendiville" is
 * Colm Prendiville, role "Sgt"). With and without the full stop, as British and American copy write them.
 */
export const TITLES = words(`
  President Vice Premier Prime Minister Ministers Secretary Senator Sen Sen. Rep Rep. Representative Gov Gov. Governor
  Hon Hon. Honourable Rt Rt.
  General Gen Gen. Lt Lt. Lieutenant Col Col. Colonel Sgt Sgt. Sergeant Capt Capt. Captain Cpl Cpl. Corporal Pte
  Pte. Private Maj Maj. Major Adm Adm. Admiral Cmdr Cmdr. Commander Brig Brig. Brigadier Marshal Det Det. Detective
  Insp Insp. Inspector Supt Supt. Superintendent Ch Ch. Chief Constable PC DC DS DI DCI Officer Deputy Assistant
  Acting Interim Mr Mr. Mrs Mrs. Ms Ms. Miss Mx Dr Dr. Prof Prof. Professor Rev Rev. Reverend Fr Fr. Father Sister
  Brother Sir Dame Lord Lady Baroness Baron Earl Duke Duchess King Queen Prince Princess Emperor Empress Emir Sheikh
  Sultan Crown Pope Cardinal Archbishop Bishop Rabbi Imam Ayatollah Chancellor Ambassador Envoy Director Mayor
  Alderman Alderwoman Councillor Councilor Cllr Cllr. Cllrs Coun Coun. Couns Couns. Commissioner Chairman Chairwoman Chair Chairperson Speaker
  Leader Judge Recorder Justice Magistrate Attorney Counsel Coroner Sheriff Marshal Trooper Constable Agent Coach Manager
  Captain Skipper Spokesman Spokeswoman Spokesperson Chef Pastor Deacon Elder Head Chief CEO Dean
  Principal Headteacher Headmaster Headmistress Treasurer Controller Comptroller Auditor Registrar Provost Rector
  Astronaut Cosmonaut Pilot Nurse Doctor Midwife Paramedic Firefighter Patrolman Patrolwoman Delegate Assemblyman
  Assemblywoman Assemblymember Congressman Congresswoman Lawmaker MP MEP MSP TD Minister-President Adviser
  Marine Lobbyist Lawyer
  Advisor Secretary-General Director-General Economist Strategist Analyst Correspondent Editor Administrator
  Priest Vicar Rector Chaplain
  Coordinator Supervisor Ombudsman Warden Curator Trustee Founder
`);

/** Capitalised words that qualify a title ("Foreign Minister", "Defence Secretary"): part of the role, not a name. */
export const TITLE_QUALIFIERS = words(`
  Foreign Defence Defense Home Finance Health Education Interior Justice Trade Energy Environment Transport
  Labor Labour Culture Agriculture Commerce Treasury State Former Senior Junior Shadow Opposition Majority
  Minority Deputy Vice Acting Interim Executive Managing Associate Assistant Chief Lead Head First Second Third
  Supreme Federal District Circuit Appeals High Presiding Attorney Police Fire Press National Regional County City
  Northern Southern Eastern Western Central
  Town Parish Borough Mission Payload Flight Crew Station Team Club Party Union Security Intelligence Economic
  Mining Communications Industry Business Housing Climate Immigration Veterans Armed Services Development
  Executive Operating Financial Technology Medical Nursing Clinical Operations Marketing Programme Program Project
`);

/** Nouns of nationality that stand before a name like a title ("Dutchman Erik ten Hag"). */
export const NATIONALITY_NOUNS = words(`
  Dutchman Dutchwoman Frenchman Frenchwoman Englishman Englishwoman Irishman Irishwoman Scotsman Scotswoman
  Welshman Welshwoman Briton Scot Dane Swede Finn Pole Spaniard Icelander Kiwi Aussie Croat Serb Turk
`);

/** Lowercase particles inside a person's name, in many languages ("Ludwig van den Berg", "Ana dos Santos"). */
export const PARTICLES = words(`
  van von der den de del della delle degli di da das dos do du des le la las los y e ibn bin bint binti ben al el
  ter ten af zu zum zur mac ap ó ua
`);

/** Head words after which "of" continues a name ("Bank of England", "University of the West Indies"). */
export const OF_HEADS = words(`
  Bank Banks University College School Institute Institution Museum Gallery Church Cathedral Republic Kingdom
  Commonwealth Federation Union Confederation Emirate Emirates State States Department Ministry Office Secretary
  Minister Chancellor Court Courts House Chamber Society Association Council Commission Committee Board Port City
  Town County Borough District Province Isle Island Islands Gulf Bay Sea Strait Straits Cape Statue Duke Duchess
  Prince Princess Earl Archbishop Bishop Mayor Governor Lord Lady Bureau Agency Authority Academy Centre Center
  Hospital Order Friends Sisters Brothers Daughters Sons Palace Tower Theatre Theater Festival Battle Siege Treaty
  Declaration Queen King Army Navy Corps Fund Organisation Organization Federal Conference Church Chambers
  Centre Center Institute League Council Alliance Coalition Campaign Foundation Trust Journal Government
`);

/** Words in a name that make it an organization ("Andes Lithium Corp", "Harbour Trust", "Busan Port Authority"). */
export const ORGANIZATION_HEADS = words(`
  Inc Inc. Corp Corp. Corporation Co Co. Company Companies Ltd Ltd. Limited LLC LLP PLC plc Plc AG GmbH SA NV BV
  AB ASA Oyj SpA Group Holdings Holding Partners Capital Ventures Bank Bancorp Insurance Airlines Airways Air Motors
  Energy Oil Gas Petroleum Power Electric Electronics Systems Technologies Technology Tech Labs Laboratories Pharma
  Pharmaceuticals Therapeutics Biotech Industries Mining Metals Steel Chemicals Foods Brands Retail Stores Telecom
  Communications Networks Media Entertainment Studios Logistics Shipping Railways Railway Rail Transit Motors
  Agency Ministry Department Office Bureau Authority Administration Commission Committee Council Board Service
  Services Police Constabulary Force Forces Army Navy Corps Guard Court Tribunal Parliament Congress Senate
  Assembly Government Cabinet Party Union Unions Federation Association Society Institute Institution Foundation
  Trust Fund Charity Coalition Alliance League Club Organisation Organization University College School Academy
  Homes Hospitals NHS Municipality Paper Mills Council Church Mosque Synagogue Temple Diocese Exchange Reserve
  Registry Directorate Secretariat Inspectorate Regulator Watchdog Commissioners Democrats Republicans
  Conservatives Tories Labour Labor Liberals Greens Nationals House Museum Gallery Library Zoo Aquarium
  Laboratory Lab FC AFC CF SC United Rovers Athletic Athletico Wanderers Albion
  Hotspur Rangers Celtic Academicals Harlequins Saracens
`);

/** Words in a name that make it an outlet ("The Irish Times", "Associated Press", "Sky News"). */
export const MEDIA_HEADS = words(`
  Times Post Journal Herald Gazette Tribune Courier Telegraph Guardian Observer Chronicle Mirror Mail Express
  Independent Standard Sun Star News Newswire Wire Daily Weekly Magazine Review Record Register Examiner Inquirer
  Bulletin Dispatch Monitor Press Radio Television TV Broadcasting Broadcaster Agence Network Channel
`);

/** Outlets known by one word ("Reuters", "BBC"): news agencies, broadcasters and titles. */
export const MEDIA_NAMES = words(`
  Reuters Bloomberg AFP AP UPI DPA EFE ANSA PTI IANS BBC CNN CNBC NBC CBS ABC Fox NPR PBS RTÉ RTE ITV Sky Al-Jazeera
  Xinhua KCNA Yonhap Kyodo TASS Interfax RIA Politico Axios Economist Spectator Forbes Fortune Vox Wired Newsweek
  Bild Spiegel Figaro Libération Haaretz
`);

/** Platforms and the companies behind them, known by one name: "on Facebook" is no place. */
export const PLATFORMS = words(`
  Facebook Twitter Instagram TikTok YouTube WhatsApp LinkedIn Snapchat Reddit Threads Bluesky Google Meta
`);

/** Words in a name that make it a named event ("World Cup", "Eastern Economic Forum", "Australian Open"). */
export const EVENT_HEADS = words(`
  Cup Championship Championships Olympics Olympic Paralympics Games Open Tournament Trophy Series Grand Prix
  Marathon Tour Summit Forum Conference Congress Convention Festival Fair Expo Exhibition Week Awards Oscars
  Election Elections Referendum War Revolution Crisis Derby Final Finals Classic Regatta Rally Show Biennale
  Premiership League
`);

/** Words in a name that make it a place or facility ("Kestrel Bay", "Oxford Street", "Wembley Stadium"). */
export const PLACE_HEADS = words(`
  Street St Road Rd Avenue Ave Boulevard Lane Drive Way Square Place Terrace Crescent Close Highway Motorway
  Freeway Bridge Tunnel River Lake Loch Bay Harbour Harbor Port Beach Coast Island Islands Isle Peninsula Mountain
  Mountains Mount Mt Fort Hill Hills Valley Forest Park Gardens Desert Canyon Glacier Falls Sea Ocean Gulf Strait
  Channel Canal County Province State Region District Borough Township Village City Town Quay Pier Dock Docks
  Airport Station Terminal Stadium Arena Ground Park Field Centre Center Plaza Mall Market Tower Building Hall
  Palace Castle Cathedral Prison Jail Base Camp Reservoir Dam Plant Mine Estate Heights Springs Hospital Clinic
  Farm Junction Wharf Gate Common Racecourse Circuit Velodrome Pool Area Statue North South East West
`);

/**
 * Sports words: in copy with several of them, a club is named by its town ("Liverpool beat Chelsea"), so a
 * gazetteer place that plays, wins or has a manager is a club.
 */
export const SPORT_WORDS = words(`
  match game goal goals scored striker midfielder defender goalkeeper keeper forward winger manager coach boss
  squad side season fixture league cup final semi-final quarter-final penalty penalties kick-off half-time
  full-time draw drew win won beat lost defeat victory points table relegation promotion transfer fans
  supporters stadium pitch innings wicket wickets batting bowling try tries scrum race lap podium tournament
`);

/** Words only team sports use: cricket, rugby, football, hockey and the like (lower case). */
export const TEAM_SPORT_WORDS = words(`
  innings wicket wickets batsman batsmen bowled bowler batting try tries scrum lineout fly-half conversion
  goal goals striker midfielder defender goalkeeper relegation fixture squad touchdown quarterback tackle
  turnover turnovers backrow maul ruck sin-bin bonus-point equaliser equalizer penalty penalties half-time halftime
  kick-off kickoff substitute substitutes header free-kick winger fullback halfback hooker friendly teammates
  team-mates
`);

/** Acronyms and capitalised words that are never an entity of their own. */
export const NOT_NAMES = words(`
  I OK TV NGO NGOs CEO CFO COO CTO GDP CPI PMI IPO ETF ESG AI IT HIV AIDS DNA RNA COVID COVID-19 Covid Covid-19 SARS
  PhD MBA BA MA BSc MSc GP A&E ICU ER SUV EV EVs MP MPs MEP MEPs MSP MSPs TD TDs AM PM BST GMT EST EDT PST PDT
  CET UTC FAQ PR VAR VIP CCTV ID PIN GPS USB LED LGBT LGBTQ LGBTQ+ No Yes Mr Mrs Ms Dr Sir
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
  September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Christmas Easter
  Ramadan Eid Diwali Hanukkah Thanksgiving Halloween Passover God Internet ET CT MT PT EPS CEOs Celsius Fahrenheit
`);

/** Capitalised adjectives that modify a noun ("the Northern region", "Conservative MPs") rather than name. */
export const NAME_ADJECTIVES = words(`
  Northern Southern Eastern Western Central Northeastern Northwestern Southeastern Southwestern Federal National
  Regional Provincial Municipal Conservative Liberal Democratic Republican Socialist Communist Labour Green Catholic
  Protestant Orthodox Muslim Christian Jewish Islamic Hindu Buddhist Sikh Arab Atlantic Pacific Arctic Antarctic
  Mediterranean Baltic Nordic Scandinavian Latin Asian African European Western Olympic Paralympic Royal Imperial
  English Welsh Scottish Cornish British Irish Flemish Basque Catalan Kurdish Celtic Gaelic Maori Aboriginal
  Indigenous Anglo
`);

/** Lowercase nouns after a name that make it a place ("the Mathare valley", "Kiambu county"). */
export const PLACE_NOUNS = words(`
  valley river region province district county city town village area border coast port airport bridge road
  street neighbourhood neighborhood suburb state island islands peninsula lake mountains mountain hills basin
  delta estate
`);

/** Parts after a hyphen that turn a name into an adjective ("Washington-based", "Labour-led", "festival-goers"). */
export const MODIFIER_SUFFIXES = words(`
  based backed born led made owned run funded linked style era goers goer bound wide area related focused centric
  like type class level controlled dominated allied affiliated listed registered headquartered educated trained
  inspired themed speaking
`);
