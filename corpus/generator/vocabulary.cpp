// The word lists, written for ombud, in rough order of frequency, and their Zipf tables.
#include "vocabulary.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

namespace ombud::gen {
namespace {

// Nouns that read naturally after "the".
constexpr std::string_view kNouns = R"(
information time matter issue letter email meeting decision request record report review
visit plan case process period application response position evidence concern date service
delay office account payment form call note team document advice action arrangement support
officer manager family home property problem question reason change detail policy procedure
situation assessment outcome approach need view contact system record-keeping update referral
appointment consultation agreement discussion telephone deadline budget level standard file
building room window door garden boundary fence wall roof kitchen bathroom stair floor ceiling
vehicle car road street pavement path driveway entrance site area land field park school
hospital doctor nurse surgery clinic pharmacy library centre hall court tribunal panel board
committee member councillor chair director department unit provider
contractor company business shop landlord tenant resident neighbour carer parent grandparent
daughter son sister brother partner husband wife friend relative advocate solicitor adviser
interpreter guardian teacher headteacher pupil student child baby tutor coordinator caseworker
inspector surveyor engineer planner receptionist driver porter cleaner cook
volunteer chairperson clerk secretary auditor accountant assessor therapist psychologist
physiotherapist dentist optician midwife paramedic warden steward supervisor technician
week month year day morning afternoon evening night weekend holiday term summer winter spring
autumn anniversary birthday moment hour minute season quarter fortnight
letterbox doorstep hallway landing corridor lift staircase basement attic loft garage shed
conservatory porch balcony terrace patio lawn hedge tree shrub branch root leaf soil drain gutter
pipe boiler radiator heater cooker fridge freezer washer shower toilet basin sink tap bath
mattress bed chair table desk cupboard wardrobe sofa carpet curtain blind lamp bulb socket
switch meter alarm sensor camera doorbell lock key gate railing ramp handrail hoist wheelchair
walker scooter frame bench stool cushion blanket pillow towel
bin container bag box parcel package envelope stamp label sticker sign notice poster leaflet
booklet brochure newsletter bulletin website webpage portal inbox mailbox voicemail message
text reply acknowledgement receipt invoice bill statement quote estimate tender contract
licence permit certificate warrant order summons notice_period fine penalty charge fee cost
price rate tariff grant loan debt arrears balance refund deposit allowance pension salary wage
income benefit entitlement award subsidy discount exemption reduction relief
liability repayment_plan instalment mortgage rent lease tenancy licence_fee service_charge
ground access route journey trip transfer pick-up drop-off timetable schedule rota shift
calendar diary log register list database spreadsheet template checklist guidance 
manual handbook protocol framework strategy scheme programme project initiative pilot trial
study survey audit inspection investigation enquiry inquiry hearing interview conversation
visit_note minute agenda summary overview conclusion recommendation finding remedy
apology explanation justification rationale argument claim allegation complaint objection
appeal challenge dispute disagreement misunderstanding mistake error oversight omission failure
gap weakness risk hazard danger threat harm injury illness condition diagnosis symptom
medication treatment therapy operation discharge admission  recovery
rehabilitation reablement respite placement package allocation care_plan
support_plan direct_payment personal_budget contribution threshold criterion eligibility
capacity consent preference wish choice option alternative proposal suggestion
idea opinion impression perception understanding expectation assumption belief memory 
statement description version copy draft original duplicate extract excerpt photograph
picture image video recording footage screenshot map drawing diagram sketch
measurement valuation specification design layout elevation extension dormer
conversion alteration demolition construction development works repair
maintenance improvement adaptation installation replacement renewal removal collection
delivery disposal clearance cleaning painting decoration refurbishment
noise smell smoke dust light vibration traffic parking congestion speed flooding water damp
mould condensation leak crack hole pothole kerb verge ditch culvert hedgerow
footpath bridleway cycleway lane junction roundabout crossing bus train station stop shelter
permit_zone bay space ticket badge pass card token voucher
animal dog cat horse bird pigeon rat fox pest insect wasp bee
business_rates_bill council_tax_account housing_benefit_claim Universal_Credit_claim 
ward constituency parish village town city county district borough region estate block flat
house bungalow maisonette hostel refuge caravan houseboat cottage farmhouse
chapel church mosque temple synagogue cemetery crematorium grave plot headstone memorial
 museum gallery theatre cinema pool gym pitch  playground allotment
market stall kiosk pub restaurant cafe takeaway hotel guesthouse workshop warehouse factory
yard depot quarry mine farm barn stable paddock orchard meadow woodland copse pond stream river
canal towpath reservoir marsh heath moor common green square avenue crescent close
 mews courtyard alley passage subway underpass footbridge viaduct embankment
wellbeing safety welfare health hygiene dignity privacy independence routine stability
continuity confidence trust frustration distress anxiety uncertainty inconvenience upset worry
stress hardship difficulty disadvantage loss damage expense burden pressure strain effort
patience goodwill courtesy respect fairness transparency accountability responsibility duty
obligation power discretion judgement authority jurisdiction remit scope limit
timescale target milestone stage step phase cycle round sequence pattern trend frequency
volume number amount total figure sum proportion percentage share portion fraction majority
minority average maximum minimum range margin difference increase decrease rise fall drop
action_plan progress result effect impact consequence advantage value
quality accuracy clarity consistency reliability backlog workload 
staffing vacancy recruitment training induction supervision appraisal briefing reminder
instruction direction guideline rule regulation requirement  standard_letter
eligibility_criteria)";

// Adjectives that read naturally before a noun.
constexpr std::string_view kAdjectives = R"(
new further relevant available previous current formal initial final other same different
clear full appropriate reasonable detailed significant additional original particular specific
general recent written separate proper necessary suitable important local private public
independent personal social financial medical legal statutory internal external annual monthly
weekly daily temporary permanent short long early late urgent routine regular occasional
direct indirect wider broader narrow small large major minor serious poor good better best
correct incorrect accurate inaccurate complete incomplete partial limited extensive careful
thorough brief lengthy prompt timely slow quick immediate eventual likely unlikely possible
impossible difficult simple complex practical fair unfair consistent
inconsistent acceptable unacceptable satisfactory unsatisfactory adequate inadequate sufficient
insufficient effective ineffective reliable unreliable safe unsafe secure stable vulnerable
elderly young older disabled frail unwell healthy able capable willing unable unwilling aware
unaware concerned worried upset anxious frustrated disappointed unhappy dissatisfied satisfied
pleased grateful confused uncertain certain sure clear-cut obvious apparent evident visible
hidden missing lost damaged broken faulty defective cracked damp cold warm hot noisy quiet
busy empty crowded overgrown untidy clean dirty dangerous hazardous heavy light 
steep uneven flat smooth rough wet dry muddy flooded blocked open closed locked unlocked
shared communal individual joint mutual common rare unusual exceptional standard typical normal
ordinary basic essential key central main principal primary secondary alternative
optional mandatory compulsory voluntary informal official unofficial draft revised amended
updated outdated expired valid invalid lawful unlawful proportionate disproportionate
excessive modest substantial considerable slight marked notable noticeable
repeated continuing ongoing outstanding overdue pending unresolved resolved settled agreed
disputed contested accepted rejected approved refused granted withdrawn cancelled postponed
delayed rescheduled missed attended arranged planned unplanned unexpected sudden gradual
steady rapid frequent infrequent intermittent constant persistent recurring seasonal overnight
residential domestic commercial industrial agricultural rural urban suburban coastal upland
northern southern eastern western inner outer upper lower front rear side back middle nearby
neighbouring adjoining adjacent opposite surrounding distant remote isolated accessible
inaccessible convenient inconvenient expensive cheap affordable costly free paid unpaid
chargeable refundable eligible ineligible entitled liable responsible accountable transparent
open-minded impartial neutral biased dismissive helpful unhelpful polite rude courteous
professional unprofessional experienced inexperienced qualified unqualified senior junior
named designated allocated assigned nominated appointed acting interim specialist generalist
clinical therapeutic educational vocational nursing domiciliary preventative
protective supportive)";

// Verbs: "base past participle", or "base past" when the participle is the past form.
constexpr std::string_view kVerbs = R"(
review reviewed|consider considered|send sent|receive received|ask asked|tell told|say said|
make made|take taken took|give gave given|provide provided|explain explained|agree agreed|
decide decided|offer offered|arrange arranged|contact contacted|respond responded|reply replied|
confirm confirmed|refuse refused|accept accepted|reject rejected|visit visited|assess assessed|
check checked|find found|note noted|record recorded|raise raised|discuss discussed|request
requested|complete completed|carry carried|chase chased|issue issued|update updated|inform
informed|change changed|approve approved|cancel cancelled|close closed|open opened|allocate
allocated|refer referred|escalate escalated|investigate investigated|identify identified|
acknowledge acknowledged|apologise apologised|suggest suggested|recommend recommended|
notice noticed|report reported|email emailed|telephone telephoned|write wrote written|read read|
meet met|speak spoke spoken|hear heard|see saw seen|know knew known|believe believed|feel felt|
think thought|expect expected|hope hoped|want wanted|need needed|try tried|fail failed|miss
missed|delay delayed|postpone postponed|reschedule rescheduled|attend attended|cover covered|
pay paid|charge charged|refund refunded|waive waived|collect collected|deliver delivered|
install installed|repair repaired|replace replaced|remove removed|clear cleared|clean cleaned|
inspect inspected|measure measured|photograph photographed|survey surveyed|monitor monitored|
track tracked|log logged|file filed|store stored|keep kept|lose lost|share shared|
forward forwarded|copy copied|sign signed|submit submitted|return returned|resubmit resubmitted|
amend amended|correct corrected|revise revised|draft drafted|finalise finalised|publish
published|post posted|print printed|scan scanned|upload uploaded|attach attached|enclose
enclosed|signpost signposted|advise advised|warn warned|remind reminded|train trained|brief
briefed|support supported|help helped|assist assisted|encourage encouraged|persuade persuaded|
challenge challenged|question questioned|dispute disputed|deny denied|admit admitted|
clarify clarified|summarise summarised|outline outlined|describe described|list listed|
set set|plan planned|prepare prepared|organise organised|coordinate coordinated|
manage managed|oversee oversaw overseen|supervise supervised|direct directed|lead led|chair
chaired|host hosted|join joined|leave left|move moved|relocate relocated|transfer transferred|
discharge discharged|place placed|house housed|accommodate accommodated|
evict evicted|serve served|enforce enforced|prosecute prosecuted|fine fined|caution cautioned|
grant granted|award awarded|allow allowed|permit permitted|license licensed|register registered|
deregister deregistered|suspend suspended|reinstate reinstated|restore restored|resume resumed|
continue continued|stop stopped|end ended|finish finished|start started|begin began begun|
extend extended|reduce reduced|increase increased|adjust adjusted|recalculate recalculated|
backdate backdated|verify verified|validate validated|test tested|trial trialled|pilot piloted|
compare compared|balance balanced|weigh weighed|calculate calculated|estimate estimated|
quote quoted|invoice invoiced|bill billed|overcharge overcharged|underpay underpaid|owe owed|
recover recovered|pursue pursued|seek sought|obtain obtained|gather gathered|
follow followed|audit audited|evaluate evaluated|examine examined|
scrutinise scrutinised|query queried|highlight highlighted|flag flagged|prioritise
prioritised|overlook overlooked|ignore ignored|mislay mislaid|misplace misplaced|misread
misread|misunderstand misunderstood|misdirect misdirected|mislabel mislabelled|delete deleted|
archive archived|retain retained|destroy destroyed|redact redacted|disclose disclosed|withhold
withheld|release released|restrict restricted|block blocked|divert diverted|
reopen reopened|rebuild rebuilt|resurface resurfaced|patch patched|trim trimmed|prune pruned|
fell felled|plant planted|water watered|drain drained|pump pumped|seal sealed|paint painted|
decorate decorated|fit fitted|adapt adapted|convert converted|demolish
demolished|erect erected|build built|design designed)";

constexpr std::string_view kAdverbs = R"(
also then later still only already again however therefore promptly quickly slowly clearly
properly fully partly briefly formally informally directly eventually immediately initially
previously subsequently recently shortly finally repeatedly regularly occasionally frequently
rarely consistently reasonably adequately appropriately carefully thoroughly poorly correctly
incorrectly wrongly mistakenly unfortunately understandably reluctantly willingly jointly
separately independently personally verbally electronically manually automatically routinely
urgently temporarily permanently largely mainly mostly entirely broadly roughly approximately
apparently evidently reportedly allegedly seemingly arguably notably particularly especially
specifically generally typically normally usually)";

// Seldom used: a few hits each in a large corpus, for rare-term queries.
constexpr std::string_view kRare = R"(
abeyance abutment accretion adze aggregate alcove alembic ambit antechamber apiary appurtenance
aqueduct arbour architrave armature ashlar aspidistra astragal aumbry awning backfill baluster
balustrade bargeboard barrow bascule bastion batten bellcote belvedere berm bilge bitumen
blackthorn bollard bosky bothy bowsprit bramble breastsummer bricolage brindle buddleia bulwark
bunding buttress byre cairn caisson camber canopy capstone carrel cartouche casement causeway
cesspit chamfer chancel chattel chimneybreast cistern clapboard clerestory cloister coping
corbel cornice coppice coving cowl crenellation cruck cupola curtilage dado damper
dentil dingle dovecote downpipe drystone dunnage easement eaves effluent embrasure escarpment
espalier estovers fanlight fascia fenestration fettle fieldgate finial flashing flaunching
flitch flue footing forecourt freeboard frieze gable gambrel garth gazebo gimbal gloaming
glebe groyne gudgeon gullet gully gunnel guttering hardstanding haunch hawthorn headland
heartwood herringbone hipped hogget holloway hopper hornbeam housewright hummock inglenook
jamb joist keystone kiln knapweed lagging lancet lath leat lintel loggia louvre lychgate
mansard marram midden millrace mitre mullion newel niche nogging oakum oriel
osier outhouse oxbow palisade pantile parapet pargeting parterre pebbledash pediment pelmet
pergola pew pilaster plinth pointing portcullis postern pugging purlin quoin rafter rampart
render reredos revetment ridgeline riprap rivulet rookery rotunda roughcast rubblestone
runnel sarking sash scree scullery scupper sett shingle shiplap skirting slipway soakaway
soffit spandrel spinney spire springer stile stopcock strut stucco sump swale tallboy
tanalised teasel thatch threshold tidemark tiller topsoil transom trellis truss tussock
undercroft vestry vetch viburnum voussoir wainscot weatherboard weir wharf
wicket windlass wisteria withy yardarm yew zinnia)";

// Words split on white space; '_' in a word stands for a space ("care_plan").
std::vector<std::string_view> split_words(std::string_view text) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    std::size_t j = i;
    while (j < text.size() && !std::isspace(static_cast<unsigned char>(text[j]))) ++j;
    if (j > i) out.push_back(text.substr(i, j - i));
    i = j;
  }
  return out;
}

std::vector<Verb> split_verbs(std::string_view text) {
  std::vector<Verb> out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('|', start);
    if (end == std::string_view::npos) end = text.size();
    const std::vector<std::string_view> forms = split_words(text.substr(start, end - start));
    if (forms.size() == 2) out.push_back({forms[0], forms[1], forms[1]});
    // "take taken took" lists the participle first for a few; "write wrote written" last.
    if (forms.size() == 3) {
      const bool participle_first = forms[1].ends_with("en") && !forms[2].ends_with("en");
      out.push_back(participle_first ? Verb{forms[0], forms[2], forms[1]}
                                     : Verb{forms[0], forms[1], forms[2]});
    }
    start = end + 1;
  }
  return out;
}

}  // namespace

// Nouns with no plural in this register, and plurals the rules get wrong.
constexpr std::string_view kUncountable = R"(
information advice evidence support equipment damp mould noise smoke dust traffic parking
congestion flooding water condensation soil wellbeing safety welfare health hygiene dignity
privacy independence routine stability continuity confidence trust frustration distress anxiety
uncertainty inconvenience upset worry stress hardship difficulty patience goodwill courtesy respect
fairness transparency accountability staffing recruitment training induction supervision
maintenance clearance cleaning painting decoration refurbishment disposal removal collection
delivery rehabilitation reablement respite consent capacity eligibility guidance access income
rent arrears progress quality accuracy clarity consistency reliability workload jurisdiction
remit scope discretion judgement authority power responsibility land ground construction
development damage loss expense pressure strain effort record-keeping understanding
)";

std::vector<std::string_view> Vocabulary::make_plurals(const std::vector<std::string_view>& nouns) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 8> kIrregular = {
      {{"child", "children"},
       {"person", "people"},
       {"leaf", "leaves"},
       {"wife", "wives"},
       {"shelf", "shelves"},
       {"half", "halves"},
       {"foot", "feet"},
       {"thief", "thieves"}}};
  const std::vector<std::string_view> uncountable = split_words(kUncountable);
  std::vector<std::string_view> out;
  out.reserve(nouns.size());
  for (std::string_view noun : nouns) {
    // The last word of "care plan" is the one that changes.
    const std::size_t space = noun.rfind(' ');
    const std::string_view last = space == std::string_view::npos ? noun : noun.substr(space + 1);
    if (std::find(uncountable.begin(), uncountable.end(), last) != uncountable.end()) {
      out.push_back(noun);
      continue;
    }
    std::string plural(noun.substr(0, noun.size() - last.size()));
    bool done = false;
    for (const auto& [one, many] : kIrregular) {
      if (last == one) {
        plural += many;
        done = true;
      }
    }
    if (!done) {
      const char end = last.back();
      const char before = last.size() > 1 ? last[last.size() - 2] : ' ';
      if (end == 's' || end == 'x' || end == 'z' || last.ends_with("ch") || last.ends_with("sh")) {
        plural += last;
        plural += "es";
      } else if (end == 'y' && std::string_view("aeiou").find(before) == std::string_view::npos) {
        plural += last.substr(0, last.size() - 1);
        plural += "ies";
      } else {
        plural += last;
        plural += 's';
      }
    }
    out.push_back(storage_.emplace_back(std::move(plural)));
  }
  return out;
}

std::vector<std::string_view> Vocabulary::with_spaces(std::vector<std::string_view> words) {
  for (std::string_view& word : words) {
    if (word.find('_') == std::string_view::npos) continue;
    std::string& owned = storage_.emplace_back(word);
    for (char& c : owned) {
      if (c == '_') c = ' ';
    }
    word = owned;
  }
  return words;
}

const Vocabulary& Vocabulary::get() {
  static const Vocabulary instance;
  return instance;
}

Vocabulary::Vocabulary()
    : nouns_(with_spaces(split_words(kNouns))),
      plurals_(make_plurals(nouns_)),
      adjectives_(split_words(kAdjectives)),
      adverbs_(split_words(kAdverbs)),
      rare_(split_words(kRare)),
      verbs_(split_verbs(kVerbs)),
      noun_table_(Discrete::zipf(nouns_.size(), 1.0)),
      adjective_table_(Discrete::zipf(adjectives_.size(), 1.0)),
      adverb_table_(Discrete::zipf(adverbs_.size(), 1.0)),
      verb_table_(Discrete::zipf(verbs_.size(), 1.0)) {}

std::string_view indefinite_article(std::string_view word) {
  if (word.empty()) return "a";
  // "an hour", "a university", "a one-off": the sound, not the letter, decides.
  if (word.starts_with("hour") || word.starts_with("honest")) return "an";
  if (word.starts_with("uni") || word.starts_with("use") || word.starts_with("usu") ||
      word.starts_with("one") || word.starts_with("eu")) {
    return "a";
  }
  switch (std::tolower(static_cast<unsigned char>(word[0]))) {
    case 'a':
    case 'e':
    case 'i':
    case 'o':
    case 'u':
      return "an";
    default:
      return "a";
  }
}

}  // namespace ombud::gen
