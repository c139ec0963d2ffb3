// The categories, written for ombud. All wording here is our own; the category and subcategory
// names follow the ones the LGSCO website uses.
#include "taxonomy.hpp"

#include <algorithm>

namespace ombud::gen {
namespace {

using K = OrgKind;

std::vector<Category> build_categories() {
  std::vector<Category> cats;

  cats.push_back(Category{
      .name = "Adult care services",
      .weight = 17,
      .adults = true,
      .kinds = {K::kCountyCouncil, K::kUnitaryCouncil, K::kLondonBorough, K::kCareProvider},
      .subcategories =
          {{"Assessment and care plan",
            4,
            {"the assessment of {poss} care needs", "how {org} planned {poss} care and support",
             "the review of {poss} care and support plan"}},
           {"Charging",
            3,
            {"the charges for {poss} care", "the financial assessment {org} carried out",
             "the way {org} worked out {poss} contribution to the cost of care"},
            {K::kCountyCouncil, K::kUnitaryCouncil, K::kLondonBorough, K::kCareProvider}},
           {"Residential care",
            3,
            {"the care {client} received at {pname} House", "{client's} move into a care home",
             "the standard of care at {pname} Lodge"},
            {K::kCountyCouncil, K::kUnitaryCouncil, K::kLondonBorough, K::kCareProvider}},
           {"Domiciliary care",
            3,
            {"the home care visits arranged for {client}", "missed and late care calls",
             "the conduct of the carers who visited {client}"},
            {K::kCountyCouncil, K::kUnitaryCouncil, K::kLondonBorough, K::kCareProvider}},
           {"Safeguarding",
            2,
            {"a safeguarding enquiry about {client}",
             "how {org} dealt with concerns about {client}"}},
           {"Direct payments",
            2,
            {"{poss} direct payments", "the audit of {poss} direct payment account"}},
           {"Hospital discharge", 1, {"{client's} discharge from hospital"}}},
      .officers = {"social worker", "care manager", "occupational therapist",
                   "financial assessment officer", "home care manager", "team manager",
                   "reviewing officer", "care home manager"},
      .things = {"care and support plan", "needs assessment", "financial assessment",
                 "care package", "personal budget", "direct payment agreement",
                 "safeguarding referral", "carer's assessment", "care home placement", "invoice",
                 "review", "moving and handling assessment"},
      .faults = {"did not complete the assessment of {client's} needs within a reasonable time",
                 "did not send {obj} a copy of the care and support plan",
                 "left disability-related expenses out of the financial assessment",
                 "did not tell {obj} that there would be a charge for the care",
                 "missed care visits without letting the family know",
                 "closed the safeguarding enquiry without speaking to {obj}",
                 "took too long to review the personal budget",
                 "did not offer a carer's assessment when it should have",
                 "changed the care package without reassessing {client}"},
      .events = {"arranged a visit to assess {client}",
                 "wrote to {c} with the outcome of the review",
                 "agreed a short-term increase in the care package",
                 "asked the care provider for its daily records",
                 "held a meeting with the family and the care provider",
                 "sent a revised financial assessment", "referred {client} for reablement"},
      .law = {"A council must assess anyone who appears to need care and support, whatever their "
              "income or savings, and decide whether the needs it finds meet the national "
              "eligibility criteria. ({law:Care Act 2014}, sections 9 and 13)",
              "Where a person has eligible needs, the council must prepare a care and support "
              "plan saying how they will be met, give the person a copy, and keep the plan under "
              "review. ({law:Care Act 2014}, sections 24, 25 and 27)",
              "A council may charge for the care it arranges, but only after a financial "
              "assessment carried out in line with the charging regulations and the statutory "
              "guidance issued under the {law:Care Act 2014}. It should tell people early that "
              "they may have to pay.",
              "If a council has reasonable cause to suspect that an adult with care needs is at "
              "risk of abuse or neglect, it must make, or ask others to make, whatever enquiries "
              "it needs to decide what should be done. ({law:Care Act 2014}, section 42)",
              "Regulations made under the {law:Health and Social Care Act 2008} set fundamental "
              "standards of care that every registered provider must meet. We take account of "
              "them when we consider whether care fell below the standard expected."},
      .money = {"The financial assessment said {c} should contribute {moneyp:40:320} a week.",
                "The care home charged {money:700:1450} a week, of which {org} met "
                "{money:450:690}.",
                "{Org} then sent an invoice for {moneyp:200:4800} covering several months of care.",
                "While waiting, the family paid a private agency {money:18:32} an hour.",
                "{c} said the top-up fee of {money:60:250} a week had never been agreed."},
      .reassess = {"carry out a new assessment of {client's} care and support needs",
                   "review {client's} care and support plan with the family",
                   "redo the financial assessment, this time including {c's} disability-related "
                   "expenses"},
      .waive = {"waive the charges for the weeks when care was not delivered",
                "cancel the outstanding invoice for the weeks in dispute",
                "refund {refund} of the care charges {c} paid"},
      .subheading = "Relevant law and guidance",
  });

  cats.push_back(Category{
      .name = "Benefits and tax",
      .weight = 8,
      .kinds = {K::kDistrictCouncil, K::kUnitaryCouncil, K::kLondonBorough},
      .subcategories = {{"Council tax",
                         5,
                         {"{poss} council tax account",
                          "how {org} recovered council tax arrears from {obj}",
                          "the council tax bills sent to {obj}"}},
                        {"Council tax reduction", 2, {"{poss} claim for council tax reduction"}},
                        {"Housing benefit and council tax benefit",
                         2,
                         {"an overpayment of housing benefit",
                          "how {org} dealt with {poss} housing benefit claim"}},
                        {"Business rates", 1, {"the business rates bill for {poss} shop"}}},
      .officers = {"revenues officer", "benefits assessor", "customer services adviser",
                   "enforcement agent", "recovery officer"},
      .things = {"council tax bill", "reminder notice", "liability order", "single person discount",
                 "council tax reduction claim", "housing benefit claim", "overpayment",
                 "direct debit", "final notice", "repayment arrangement"},
      .faults = {"applied the single person discount to the wrong account",
                 "did not deal with {poss} council tax reduction claim for several months",
                 "passed the debt to enforcement agents while {poss} query was still open",
                 "took direct debit payments on the wrong dates",
                 "did not answer {poss} letters about the overpayment",
                 "never explained how it had worked out the arrears"},
      .events = {"issued a revised bill", "sent a reminder notice",
                 "applied to the magistrates' court for a liability order",
                 "agreed a repayment arrangement with {c}", "asked {c} for proof of {poss} income"},
      .law = {"Council tax is charged on homes under the {law:Local Government Finance Act 1992}. "
              "A household of one adult is entitled to a discount of a quarter of the charge.",
              "When a bill is not paid, a council may ask the magistrates' court for a liability "
              "order. Once it has one, it can use enforcement agents, attach earnings or benefits, "
              "or take other recovery action.",
              "Anyone who disagrees with a council's decision on council tax liability or a "
              "discount may appeal to the Valuation Tribunal. We do not normally investigate "
              "matters that could have gone to the tribunal."},
      .money = {"The annual bill came to {moneyp:900:2600}.",
                "{Org} added court costs of {money:60:120} when it obtained the liability order.",
                "The enforcement agent's fees came to {moneyp:75:420}.",
                "At the time {c} received housing benefit of {moneyp:60:180} a week.",
                "{Org} said {c} had been overpaid {moneyp:300:4200}."},
      .reassess = {"reconsider {c's} claim for council tax reduction from the date of the claim",
                   "recalculate the arrears on {c's} account and send a clear statement"},
      .waive = {"cancel the court costs added to {c's} account",
                "refund the {refund} taken in error",
                "write off the enforcement fees and recall the account from the enforcement "
                "agents"},
      .subheading = "Law and guidance",
  });

  cats.push_back(Category{
      .name = "Children's care services",
      .weight = 13,
      .children = true,
      .child_focused = true,
      .kinds = {K::kCountyCouncil, K::kUnitaryCouncil, K::kLondonBorough},
      .subcategories =
          {{"Child protection",
            3,
            {"the child protection enquiries about {child}",
             "how {org} ran the child protection process for {poss} family"}},
           {"Disabled children",
            2,
            {"support for {poss} disabled {rel}, {child}", "the short breaks offered to {child}"}},
           {"Looked after children",
            2,
            {"the care {org} provided for {child}", "{child's} placement in foster care"}},
           {"Fostering", 1, {"how {org} supported {obj} as a foster carer"}},
           {"Special guardianship", 1, {"the special guardianship allowance paid to {obj}"}},
           {"Friends and family carers", 1, {"the support given to {obj} as a family carer"}},
           {"Leaving care", 1, {"the support given to {child} on leaving care"}}},
      .officers = {"social worker", "team manager", "independent reviewing officer",
                   "family support worker", "investigating officer", "personal adviser"},
      .things = {"child and family assessment", "child protection plan", "core group meeting",
                 "care plan", "stage two investigation", "review panel", "short breaks package",
                 "pathway plan", "contact arrangement", "referral", "strategy discussion"},
      .faults = {"did not complete the assessment of {child} within the expected timescale",
                 "did not consider {poss} complaint under the statutory procedure",
                 "did not share the assessment with {obj} before the meeting",
                 "let the stage two investigation run months past its deadline",
                 "did not carry out the recommendations of the stage two investigation",
                 "did not tell {obj} that {pro} could ask for a review panel",
                 "stopped the short breaks without reassessing {child}"},
      .events = {"allocated a new social worker", "held a core group meeting",
                 "completed a child and family assessment",
                 "appointed an investigating officer and an independent person",
                 "wrote to {c} with its adjudication", "offered the family a meeting"},
      .law = {"Councils have a general duty to safeguard and promote the welfare of children in "
              "need in their area, and to provide services suited to those needs. ({law:Children "
              "Act 1989}, section 17)",
              "If a council has reasonable cause to suspect that a child is suffering, or is "
              "likely to suffer, significant harm, it must make enquiries so it can decide "
              "whether to act to protect the child. ({law:Children Act 1989}, section 47)",
              "Complaints about children's social care go through a statutory procedure with "
              "three stages: a local response from the council, an investigation overseen by an "
              "independent person, and a review panel. Regulations made under the {law:Children "
              "Act 1989} set the timescales for each stage.",
              "Where a council looks after a child, it must draw up a care plan and review it "
              "regularly, with an independent reviewing officer checking that the plan still "
              "meets the child's needs."},
      .money = {"{Org} paid a special guardianship allowance of {moneyp:120:260} a week.",
                "The short breaks package was worth {money:1200:4800} a year.",
                "At stage two, {org} offered {c} {money:100:500} for {poss} time and trouble.",
                "{c} spent {moneyp:40:300} on travel to contact sessions."},
      .reassess = {"reassess {child's} needs for short breaks",
                   "complete a new child and family assessment of {child}"},
      .waive = {"repay the {refund} of allowance it stopped in error"},
      .subheading = "The law and statutory guidance",
  });

  cats.push_back(Category{
      .name = "Corporate and other services",
      .weight = 6,
      .kinds = {K::kCountyCouncil, K::kDistrictCouncil, K::kUnitaryCouncil, K::kLondonBorough,
                K::kCombinedAuthority},
      .subcategories =
          {{"Complaint handling",
            2,
            {"how {org} handled {poss} complaint"},
            {K::kCountyCouncil, K::kDistrictCouncil, K::kUnitaryCouncil, K::kLondonBorough,
             K::kCombinedAuthority}},
           {"Councillor conduct and standards",
            2,
            {"{org's} decision on {poss} complaint about a councillor"}},
           {"Land",
            1,
            {"a strip of land next to {poss} home", "the sale of council land to {obj}"}},
           {"Trading standards",
            1,
            {"how trading standards dealt with {poss} report about a trader"}},
           {"Commercial and contracts", 1, {"a contract between {poss} business and {org}"}},
           {"Elections and registration", 1, {"{poss} entry on the electoral register"}}},
      .officers = {"monitoring officer", "complaints officer", "estates surveyor",
                   "trading standards officer", "electoral services manager"},
      .things = {"complaint response", "code of conduct", "land transfer", "information request",
                 "electoral register", "contract", "assessment of the complaint",
                 "record of the meeting"},
      .faults = {"did not reply to {poss} complaint within the timescales in its policy",
                 "took eight months to decide the standards complaint",
                 "lost the papers {pro} sent about the land",
                 "did not explain why it had refused {poss} request"},
      .events = {"acknowledged the complaint", "passed the matter to its legal team",
                 "asked an independent person for a view", "sent {c} a stage one response"},
      .law = {"Under the {law:Localism Act 2011} every council must promote high standards of "
              "conduct among its members and have arrangements for dealing with allegations "
              "that a member has broken its code of conduct.",
              "{Org's} complaints policy says it will reply at stage one within 10 working days "
              "and at stage two within 20 working days.",
              "Councils must not discriminate against people because of a protected "
              "characteristic, and must make reasonable adjustments for disabled people. "
              "({law:Equality Act 2010})"},
      .money = {"The licence to use the land cost {money:150:900} a year.",
                "{Org} invoiced {c} {moneyp:80:2400} for the work.",
                "{c} paid a fee of {money:25:90} for the search."},
      .reassess = {"reconsider {c's} request and give reasons for its decision"},
      .waive = {"cancel the invoice it sent {c} for the work",
                "refund the {refund} {c} paid for the search"},
      .subheading = "What should have happened",
  });

  cats.push_back(Category{
      .name = "Education",
      .weight = 17,
      .children = true,
      .child_focused = true,
      .kinds = {K::kCountyCouncil, K::kUnitaryCouncil, K::kLondonBorough, K::kAdmissionAuthority},
      .subcategories =
          {{"Special educational needs",
            6,
            {"{child's} Education, Health and Care plan",
             "the delay in assessing {child's} special educational needs",
             "the provision in {child's} EHC plan"}},
           {"School admissions",
            4,
            {"the appeal for a place for {child} at {pname} School",
             "how the appeal panel considered {poss} appeal"},
            {K::kCountyCouncil, K::kUnitaryCouncil, K::kLondonBorough, K::kAdmissionAuthority}},
           {"School transport", 3, {"transport to school for {child}"}},
           {"Alternative provision", 2, {"{child's} education while {child} was out of school"}},
           {"Exclusions",
            1,
            {"the exclusion of {child} from {pname} Academy"},
            {K::kCountyCouncil, K::kUnitaryCouncil, K::kLondonBorough, K::kAdmissionAuthority}}},
      .officers = {"SEN caseworker", "admissions officer", "educational psychologist",
                   "transport officer", "headteacher", "clerk to the appeal panel"},
      .things = {"Education, Health and Care plan", "annual review", "needs assessment",
                 "admission appeal", "appeal panel", "travel assistance", "school place", "tuition",
                 "draft plan", "reduced timetable"},
      .faults = {"took more than 20 weeks to issue the final Education, Health and Care plan",
                 "did not arrange the speech and language therapy in {child's} plan",
                 "did not arrange suitable education while {child} was out of school",
                 "did not consider {poss} request for travel assistance properly",
                 "did not record why the panel refused the appeal",
                 "missed the deadline for the annual review"},
      .events = {"asked an educational psychologist for advice", "issued a draft plan",
                 "held an annual review meeting", "offered a place at another school",
                 "arranged online tuition for {child}", "sent the appeal papers to {c}"},
      .law = {"A council must decide within six weeks whether to carry out an Education, Health "
              "and Care needs assessment, and must issue any final plan within 20 weeks of the "
              "request. ({law:Children and Families Act 2014}, sections 36 and 37, and "
              "regulations made under it)",
              "Once a plan is issued, the council must secure the special educational provision "
              "it describes. The duty cannot be passed to a school. ({law:Children and Families "
              "Act 2014}, section 42)",
              "Councils must arrange suitable education for children of compulsory school age "
              "who would otherwise not receive it because of illness, exclusion or other "
              "reasons. ({law:Education Act 1996}, section 19)",
              "Councils must make free travel arrangements for eligible children of compulsory "
              "school age. ({law:Education Act 1996}, section 508B)",
              "Admission authorities and appeal panels must follow the statutory admissions and "
              "appeals codes made under the {law:School Standards and Framework Act 1998}."},
      .money = {"{c} paid {money:20:60} a day for taxis while there was no transport.",
                "The private tutor charged {money:25:45} an hour.",
                "{Org} had budgeted {money:3000:12000} for the specialist placement."},
      .reassess = {"review {child's} plan and decide what provision {child} missed",
                   "reconsider {c's} application for travel assistance"},
      .waive = {"reimburse the {refund} {c} spent on taxis"},
      .subheading = "Law and guidance",
  });

  cats.push_back(Category{
      .name = "Environmental services",
      .weight = 9,
      .kinds = {K::kCountyCouncil, K::kDistrictCouncil, K::kUnitaryCouncil, K::kLondonBorough},
      .subcategories =
          {{"Refuse and recycling",
            3,
            {"{poss} bin collections", "the assisted collection {pro} was promised"}},
           {"Noise", 2, {"noise from a property near {poss} home"}},
           {"Antisocial behaviour",
            2,
            {"{poss} reports of antisocial behaviour", "{poss} request for a case review"}},
           {"Licensing", 1, {"a premises licence for a bar near {poss} home"}},
           {"Pollution", 1, {"smoke and smells from a nearby yard"}},
           {"Cemeteries and crematoria", 1, {"the grave of {poss} relative at {pname} Cemetery"}},
           {"Pest control", 0.5, {"the pest control service"}}},
      .officers = {"environmental health officer", "waste services manager", "licensing officer",
                   "community safety officer", "bereavement services manager"},
      .things = {"bin collection", "assisted collection", "noise diary", "abatement notice",
                 "recording equipment", "licence application", "case review", "fly-tipping report",
                 "grave plot"},
      .faults = {"kept missing {poss} assisted collection",
                 "closed the noise case without "
                 "installing recording equipment",
                 "did not hold a case review when {pro} asked for one",
                 "took no action on the reports of fly-tipping",
                 "did not tell {obj} the outcome of its investigation"},
      .events = {"sent diary sheets to {c}", "visited the site", "wrote to the neighbour",
                 "installed recording equipment", "issued a warning letter"},
      .law = {"A council must take reasonably practicable steps to investigate complaints of "
              "statutory nuisance from premises in its area, and must serve an abatement notice "
              "if it is satisfied that a nuisance exists or is likely to recur. ({law:"
              "Environmental Protection Act 1990}, sections 79 and 80)",
              "The {law:Anti-social Behaviour, Crime and Policing Act 2014} lets victims of "
              "persistent antisocial behaviour ask for a case review, often called the community "
              "trigger.",
              "Waste collection authorities must collect household waste from every property in "
              "their area. Many offer an assisted collection to residents who cannot take their "
              "bins out."},
      .money = {"The bulky waste collection cost {money:20:60}.",
                "{c} paid {money:45:120} for the garden waste service.",
                "{Org} issued a fixed penalty of {money:150:400} for fly-tipping."},
      .reassess = {"reopen the noise investigation and install recording equipment"},
      .waive = {"refund the {refund} {c} paid for the garden waste service"},
      .subheading = "What should happen",
  });

  cats.push_back(Category{
      .name = "Highways and transport",
      .weight = 10,
      .kinds = {K::kCountyCouncil, K::kUnitaryCouncil, K::kLondonBorough, K::kDistrictCouncil,
                K::kCombinedAuthority},
      .subcategories =
          {{"Parking and other penalties",
            4,
            {"a penalty charge notice issued to {obj}", "{poss} resident's parking permit"}},
           {"Highway repair and maintenance",
            3,
            {"the state of the road outside {poss} home", "a pothole that damaged {poss} car"},
            {K::kCountyCouncil, K::kUnitaryCouncil, K::kLondonBorough}},
           {"Traffic management",
            1,
            {"a traffic order on {poss} street"},
            {K::kCountyCouncil, K::kUnitaryCouncil, K::kLondonBorough}},
           {"Public transport",
            1,
            {"{poss} concessionary bus pass", "the bus service through {place}"},
            {K::kCountyCouncil, K::kUnitaryCouncil, K::kLondonBorough, K::kCombinedAuthority}},
           {"Rights of way",
            1,
            {"a blocked footpath near {pname} Farm"},
            {K::kCountyCouncil, K::kUnitaryCouncil, K::kLondonBorough}}},
      .officers = {"highways inspector", "parking services officer", "traffic engineer",
                   "rights of way officer", "transport officer"},
      .things = {"penalty charge notice", "parking permit", "pothole", "dropped kerb",
                 "highway inspection", "blue badge", "bus pass", "footpath", "traffic order"},
      .faults = {"did not respond to {poss} representations against the penalty charge",
                 "took months to repair the defect {pro} reported",
                 "issued the permit for the wrong zone",
                 "did not consider {poss} evidence before rejecting the claim",
                 "did not follow its own highway inspection policy"},
      .events = {"inspected the road", "sent a notice of rejection", "logged the defect",
                 "issued a new permit", "asked {c} for photographs"},
      .law = {"A highway authority must maintain the roads in its area that are maintainable at "
              "public expense. ({law:Highways Act 1980}, section 41) It decides for itself how "
              "often to inspect them and which defects to repair first.",
              "Parking penalties are issued under the {law:Traffic Management Act 2004}. A driver "
              "who disagrees can make representations to the council and then appeal to an "
              "independent adjudicator.",
              "Councils make traffic regulation orders to control parking, speed limits and "
              "access. ({law:Road Traffic Regulation Act 1984})"},
      .money = {"The penalty charge was {money:50:130}, halved if paid within 14 days.",
                "A resident's permit costs {money:30:180} a year.",
                "{c} paid {money:150:900} to repair {poss} car.",
                "The application fee for a dropped kerb was {money:100:350}."},
      .reassess = {"reconsider {c's} claim for the damage to {poss} car"},
      .waive = {"cancel the penalty charge notice", "refund the {refund} penalty charge {c} paid"},
      .subheading = "Legal background",
  });

  cats.push_back(Category{
      .name = "Housing",
      .weight = 11,
      .kinds = {K::kDistrictCouncil, K::kUnitaryCouncil, K::kLondonBorough},
      .subcategories = {{"Homelessness",
                         4,
                         {"how {org} dealt with {poss} homelessness application",
                          "the temporary accommodation given to {obj}"}},
                        {"Allocations",
                         3,
                         {"{poss} banding on the housing register", "{poss} housing application"}},
                        {"Council houses", 1, {"repairs to {poss} council home"}},
                        {"Disabled facilities grants",
                         1,
                         {"{poss} application for a disabled facilities grant"}},
                        {"Private housing", 1, {"the condition of {poss} privately rented home"}},
                        {"Other", 0.5, {"{org's} housing advice to {obj}"}}},
      .officers = {"housing officer", "homelessness caseworker", "allocations officer",
                   "private sector housing officer", "occupational therapist"},
      .things = {"homelessness application", "personal housing plan", "temporary accommodation",
                 "housing register", "priority band", "suitability review",
                 "disabled facilities grant", "improvement notice", "medical assessment"},
      .faults = {"did not accept a homelessness duty when it should have",
                 "left {obj} in unsuitable temporary accommodation for several months",
                 "did not carry out the suitability review {pro} asked for",
                 "placed {obj} in the wrong band on the housing register",
                 "did not backdate {poss} priority", "took too long to process the grant"},
      .events = {"accepted the prevention duty", "gave {c} a personal housing plan",
                 "placed {c} in a hotel", "reviewed the banding", "inspected the property",
                 "offered {c} a flat in {place}"},
      .law = {"Part 7 of the {law:Housing Act 1996} sets out what councils must do for people who "
              "are homeless or threatened with homelessness. If a council has reason to believe "
              "an applicant may be homeless and eligible for help, it must make inquiries.",
              "Every council must have an allocations scheme saying how it decides priority for "
              "social housing, and must allocate homes in line with it. ({law:Housing Act 1996}, "
              "section 166A)",
              "Temporary accommodation must be suitable for the household, and an applicant "
              "may ask for a review of its suitability. ({law:Housing Act 1996}, sections 202 "
              "and 206)",
              "Councils must give a mandatory disabled facilities grant for adaptations that "
              "are necessary and appropriate, and reasonable and practicable. ({law:Housing "
              "Grants, Construction and Regeneration Act 1996})",
              "Councils assess hazards in privately rented homes using the rating system set up "
              "under the {law:Housing Act 2004}, and may serve an improvement notice.",
              "The {law:Homelessness Reduction Act 2017} added duties to prevent and relieve "
              "homelessness, including agreeing a personal housing plan with each applicant."},
      .money = {"The rent for the temporary flat was {moneyp:180:420} a week.",
                "{c} paid {money:40:120} a night for a hotel room.",
                "Storing {poss} belongings cost {money:60:200} a month.",
                "The landlord asked for a deposit of {money:600:1800}."},
      .reassess = {"review {c's} housing register banding and backdate any change",
                   "carry out a new suitability review of the temporary accommodation"},
      .waive = {"refund the {refund} {c} paid in storage charges"},
      .subheading = "Law and guidance",
  });

  cats.push_back(Category{
      .name = "Planning and development",
      .weight = 11,
      .kinds = {K::kDistrictCouncil, K::kUnitaryCouncil, K::kLondonBorough, K::kCountyCouncil},
      .subcategories = {{"Planning applications",
                         5,
                         {"{org's} decision to approve an extension next to {poss} home",
                          "how {org} dealt with a planning application near {poss} home"}},
                        {"Enforcement", 3, {"{org's} response to a breach of planning control"}},
                        {"Building control", 1, {"building control inspections at {poss} home"}},
                        {"Trees", 1, {"a tree preservation order near {poss} home"}},
                        {"Planning policy", 0.5, {"the local plan allocation near {place}"}}},
      .officers = {"planning officer", "enforcement officer", "case officer",
                   "building control surveyor", "tree officer"},
      .things = {"planning application", "officer report", "site visit", "enforcement notice",
                 "planning condition", "planning permission", "extension", "neighbour letter",
                 "tree preservation order"},
      .faults = {"did not notify {obj} about the application next door",
                 "did not consider the loss of light to {poss} home",
                 "did not assess the effect on {poss} privacy",
                 "closed the enforcement case without visiting the site",
                 "took no action on the breach of condition for over a year"},
      .events = {"validated the application", "visited the site", "published the officer report",
                 "granted permission with conditions", "opened an enforcement case"},
      .law = {"Councils must decide planning applications in line with the development plan "
              "unless material considerations point the other way. ({law:Town and Country "
              "Planning Act 1990}, section 70, and {law:Planning and Compulsory Purchase Act "
              "2004}, section 38(6))",
              "Planning enforcement is discretionary. A council need not act against every "
              "breach, but it should consider each report and decide whether action would be in "
              "the public interest.",
              "We are not an appeal body for planning decisions. We look at how a council made "
              "its decision, and cannot question the merits of a decision made without fault."},
      .money = {"The application fee was {money:206:578}.",
                "{c} paid an architect {money:800:3500} to redraw the plans.",
                "{c} says {poss} house has lost {money:5000:40000} in value."},
      .reassess = {"visit the site and decide whether the development is in line with the "
                   "approved plans"},
      .waive = {"refund the {refund} application fee"},
      .subheading = "Planning law and guidance",
  });

  cats.push_back(Category{
      .name = "Leisure and culture",
      .weight = 1.5,
      .kinds = {K::kDistrictCouncil, K::kUnitaryCouncil, K::kLondonBorough},
      .subcategories = {{"Parks and open spaces", 1, {"the play area at {pname} Park"}},
                        {"Libraries", 1, {"the closure of {pname} Library"}},
                        {"Sports and leisure centres", 1, {"{poss} leisure centre membership"}},
                        {"Allotments", 0.5, {"{poss} allotment tenancy"}}},
      .officers = {"parks manager", "library manager", "leisure centre manager",
                   "allotments officer"},
      .things = {"allotment tenancy", "membership", "play area", "library service",
                 "grounds maintenance", "booking"},
      .faults = {"ended {poss} allotment tenancy without following its rules",
                 "did not deal with the reports about the play area",
                 "did not reply to {poss} requests for a refund"},
      .events = {"inspected the plot", "consulted residents", "sent a notice to quit"},
      .law = {"Councils have wide powers to provide leisure and cultural services but few duties. "
              "The {law:Public Libraries and Museums Act 1964} is an exception: it requires a "
              "comprehensive and efficient library service."},
      .money = {"The annual allotment rent was {moneyp:30:140}.",
                "Membership cost {moneyp:25:55} a month.",
                "The pitch booking fee was {money:40:120}."},
      .reassess = {"reconsider ending {c's} allotment tenancy"},
      .waive = {"refund {refund} of membership fees"},
      .subheading = "What should have happened",
  });

  return cats;
}

}  // namespace

bool Category::dealt_with_by(OrgKind kind) const {
  return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

const Taxonomy& Taxonomy::get() {
  static const Taxonomy instance;
  return instance;
}

Taxonomy::Taxonomy() : categories_(build_categories()) {}

const Category& Taxonomy::draw(OrgKind kind, Rng& rng) const {
  // Care providers only see adult care, admission authorities only admissions: the kinds lists
  // say so. A weighted draw over the categories this kind deals with.
  double total = 0;
  for (const Category& c : categories_) {
    if (c.dealt_with_by(kind)) total += c.weight;
  }
  double u = rng.unit() * total;
  for (const Category& c : categories_) {
    if (!c.dealt_with_by(kind)) continue;
    if (u < c.weight) return c;
    u -= c.weight;
  }
  for (const Category& c : categories_) {
    if (c.dealt_with_by(kind)) return c;
  }
  return categories_.front();
}

bool Subcategory::dealt_with_by(OrgKind kind) const {
  if (kinds.empty()) {
    return kind != OrgKind::kCareProvider && kind != OrgKind::kAdmissionAuthority &&
           kind != OrgKind::kCombinedAuthority;
  }
  return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

const Subcategory& Taxonomy::draw_subcategory(const Category& category, OrgKind kind,
                                              Rng& rng) const {
  double total = 0;
  for (const Subcategory& s : category.subcategories) {
    if (s.dealt_with_by(kind)) total += s.weight;
  }
  double u = rng.unit() * total;
  for (const Subcategory& s : category.subcategories) {
    if (!s.dealt_with_by(kind)) continue;
    if (u < s.weight) return s;
    u -= s.weight;
  }
  for (const Subcategory& s : category.subcategories) {
    if (s.dealt_with_by(kind)) return s;
  }
  return category.subcategories.front();
}

}  // namespace ombud::gen
