/**
 * Word knowledge of English news copy: which capitalised words are not names, which words are
 * titles, which end an organisation's name. General language, not names from any corpus.
 */

const words = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/).map((w) => w.toLowerCase()));

/** Capitalised at a sentence start or in a headline, but not names. */
export const NOT_NAMES = words(`
  a an the this that these those there here it its it's he she they we i you him her them us our their his my your
  and but or nor so yet for if as at by in on of off to up out into onto over under from with without about after
  before during since until while when where why how what which who whom whose than then though although because
  however meanwhile instead also still just only even already again both each every all any some many most more
  much few several no not none neither either other another such same own one two three four five six seven eight
  nine ten first second third last next new old early late later earlier today tomorrow yesterday now once never
  according speaking asked asking adding lamenting said says told writing reporting editing posted published
  updated filed tags read share comments comment write be being been is are was were has have had do does did
  will would shall should can could may might must let lets please thanks thank yes yeah oh well nobody somebody
  everyone everybody nothing something anything anyone someone officials residents traders shopkeepers locals
  pedestrians drivers divers engineers councillors farmers police
  breaking exclusive update updated analysis opinion comment editorial live watch video photo photos image
  draft note notes desk press release immediate media contact about home news world local business sport
  monday tuesday wednesday thursday friday saturday sunday
  january february march april june july august september october november december
  mon tue wed thu fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec
  just quick nice busy not worth our what's here's that's there's it's
  plan tk begin end more less greater lesser
  afterwards afterward finally eventually initially previously recently currently separately similarly likewise
  additionally ultimately subsequently elsewhere thereafter moreover furthermore nevertheless nonetheless besides
  indeed otherwise tonight
`);

/** Honorifics: dropped from the mention, and proof of a person. */
export const HONORIFICS = words('mr mrs ms miss mx dr sir dame lord lady prof professor rev reverend fr father sheikh');

/** Words that make a role when they precede or follow a name: `Mayor Colin Ashdown`, `a State Department spokesman`. */
export const TITLES = words(`
  president vice-president minister secretary senator governor general chancellor king queen prince princess
  pope judge justice ambassador envoy spokesman spokeswoman spokesperson chairman chairwoman chair chairperson
  chief director commissioner councillor councilor mayor deputy premier prime emir sultan sheikh captain colonel
  lieutenant sergeant admiral commander archbishop bishop cardinal rabbi imam coach professor detective
  inspector constable sheriff head leader founder co-founder executive officer manager mediator representative
  coordinator reporter correspondent editor writer columnist analyst economist engineer spokes adviser advisor
  aide official diplomat negotiator lawmaker legislator mp mep delegate chancellor treasurer president-elect
  ceo cfo coo cto chairman-elect boss owner baker farmer teacher nurse doctor lawyer attorney prosecutor
  cllr sgt insp supt det dci gen col lt capt maj cpl pte adm gov sen rep cmdr amb speaker whip
  councilman councilwoman councilmember alderman alderwoman assemblyman assemblywoman congressman congresswoman
  selectman selectwoman anchor presenter host investigator
`);

/** Words that end (or sit inside) an organisation's name. */
export const ORG_WORDS = words(`
  council committee commission ministry department agency authority office bureau board union league party
  group association federation confederation cooperative co-operative society institute institution foundation
  university college school academy hospital bank fund trust company corporation corp inc ltd llc plc ag gmbh sa
  nv bv spa co holdings group industries energy motors airlines airways systems technologies labs media news
  press wire service services review post times courier herald gazette tribune journal chronicle telegraph
  guardian observer standard daily weekly monthly magazine radio television tv network broadcasting reuters
  mechanism coalition front movement army navy force forces police guard brigade militia parliament congress
  senate assembly court tribunal cabinet administration government secretariat organisation organization
  alliance club team church mosque temple network centre center helmets
  echo mirror express advertiser argus examiner enquirer inquirer sentinel dispatch bulletin mercury recorder
  globe beacon informer ferries partners brothers foods stores railways rail railroad shipping logistics
  pharmaceuticals pharma ventures studios publishing telecom telecoms petroleum mining insurance investments
  properties entertainment pictures reserve exchange house homes star inspectorate directorate international
  a/s asa ab oyj kk infirmary clinic hospice securities instruments therapeutics biotherapeutics biosciences
  biotech genomics robotics analytics semiconductors electronics aerospace pharmaceutical capital
  rovers wanderers athletic albion rangers hotspur fc afc united
`);

/** Words that make a place: `River Kell`, `Old Mill Bridge`, `Alto Berza district`. */
export const PLACE_WORDS = words(`
  river lake sea ocean bay gulf strait channel mount mountain mountains hill hills valley island islands
  peninsula desert forest park bridge street road avenue square airport port harbour harbor station
  district province region county state city town village borough canyon coast beach falls ward
  lane crescent terrace boulevard quay wharf
`);

/** Lower-case particles inside names: `Staffan de Mistura`, `Bashar al-Assad`, `Ludwig van Beethoven`. */
export const NAME_PARTICLES = words('de da di del della der den van von al el bin ibn bint le la du dos das ter ten');

/** Lower-case words that may join the capitalised words of one organisation's name. */
export const ORG_CONNECTORS = words('of for and on the &');

/** Regions and groupings a gazetteer of countries does not list. */
export const REGIONS = words(`
  europe asia africa americas antarctica oceania australasia eurasia arctic balkans caucasus levant maghreb
  sahel scandinavia mediterranean caribbean
`);

/** Verbs of saying: a name next to one is a person (or an organisation speaking). */
export const SPEECH_VERBS = words(`
  said says say told tells added adds asked asks warned warns insisted insists argued argues explained
  explains stated states noted notes claimed claims announced announces declared declares wrote writes
  replied replies urged urges called calls acknowledged acknowledges admitted admits predicted predicts
  suggested suggests appealed appeals cautioned commented complained conceded confirmed denied stressed
  emphasised emphasized recalled remarked responded reiterated repeated vowed promised pledged
`);

/** Time zones: capitalised like acronyms, never organisations. */
export const TIME_ZONES = words('gmt utc bst cet cest eet eest wet est edt cst cdt mst mdt pst pdt akst hst ist jst kst msk aest aedt acst awst nzst nzdt hkt sgt et ct mt pt');

/** Words that qualify a title without naming anyone: `UN Special Envoy`, `U.S. Defense Secretary`. */
export const TITLE_MODIFIERS = words(`
  special senior chief general vice acting former interim deputy assistant associate executive principal
  permanent high foreign defense defence interior finance health education justice transport energy trade
  economy environment agriculture culture labour labor home state security intelligence press majority
  minority shadow opposition
`);

/** Nouns that introduce a place with `of`: `the town of Castromaya`, `the mayor of Novi Brezovac`. */
export const PLACE_OF = words(`
  town city village hamlet district region province county state capital suburb neighbourhood neighborhood
  municipality island port stronghold outskirts streets centre center heart mayor governor residents people
  north south east west northeast northwest southeast southwest kingdom republic
`);

/** Nouns a leader's surname qualifies: `the Obama administration`, `the Johnson government`. */
export const LEADERSHIP = words('administration presidency government cabinet');

/** Labels before a list of topics in a masthead or footer: `Tags:`, `Filed under:`, `- in World Media`. */
export const LABEL_LINE = /^(?:[-•*·]\s*)?(?:tags?|filed\s+under|categor(?:y|ies)|topics?|posted\s+in|sections?)\s*:|^[-•*·]\s*in\s+\p{Lu}/iu;

/** Police ranks written as capitals before a name (`DI Jones`, `PC Patel`): titles, but also words elsewhere. */
export const RANKS = new Set(['DI', 'DCI', 'DS', 'DC', 'PC', 'DCS', 'DSU', 'ACC']);

/** Acronyms that are words, not organisations: `AI rules`, `GDP growth`, `CCTV footage`. */
export const NOT_ACRONYMS = words(`
  ai gdp ceo cfo cto coo tv pr hr it id ipo dna rna hiv aids covid pdf usb gps vat faq url api suv ev evs led lcd
  cctv mp mps mep meps qc kc pm am bbq diy asap ok rsvp nb ps ufo vip atm pin sms eta lgbt lgbtq esg ip ict
  q1 q2 q3 q4 h1 h2 fy yoy eps ebitda cpi rpi ppi rsv mrna sars mers copd adhd ptsd ppe pfas pfoa pfos ppm ppt
  ok oks
`);

/** Nouns that introduce an organisation's name: `battery maker Norvald Energy`, `startup Datawise`. */
export const ORG_NOUNS = words(`
  company firm startup start-up maker manufacturer carmaker retailer supermarket chain carrier airline lender insurer
  bank newspaper paper website site app platform brand label operator supplier subsidiary charity club outlet
  agency group conglomerate distributor biotech drugmaker chipmaker automaker toymaker broker brokerage
  exchange bourse
`);
