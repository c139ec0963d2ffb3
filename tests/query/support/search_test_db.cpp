#include "search_test_db.hpp"

#include "database.hpp"
#include "decision_writer.hpp"
#include "write/index_writer.hpp"

namespace ombud::test {
namespace {

struct Facts {
  const char* case_ref;
  const char* printed_ref;
  const char* organisation;
  const char* doc_type;
  const char* category;  // "" for none
  const char* subcategory;
  const char* outcome;
  const char* date;  // "" for none
  bool ofsted;
  bool cqc;
  std::vector<Pence> payments;
  std::vector<std::string> remedies;
  std::vector<std::string> legislation;
  const char* source;
  const char* text;
};

std::optional<std::string> optional(const char* s) {
  return *s ? std::optional<std::string>(s) : std::nullopt;
}

}  // namespace

SearchTestDb::SearchTestDb(const std::vector<Decision>& decisions)
    : path_((dir_.path() / "test.db").string()) {
  IndexWriter writer(open_for_writing(path_));
  for (const Decision& d : decisions) write_decision(writer, d, d.case_ref + ".txt");
  writer.commit();
}

Xapian::Database SearchTestDb::open() const {
  return open_for_reading(path_);
}

std::string described_value(const std::string& value) {
  // Xapian's own escaping, read back from a query it describes: "Query(VALUE_GE 0 <value>)".
  const std::string d = Xapian::Query(Xapian::Query::OP_VALUE_GE, 0, value).get_description();
  const std::string lead = "Query(VALUE_GE 0 ";
  return d.substr(lead.size(), d.size() - lead.size() - 1);
}

// Fictional decisions. The facts each query test relies on:
//   A 22-031-415 Surrey County Council, children, upheld, 2022-06-14, Ofsted, £300+£250
//   B 23-000-435 Waltham Forest, children, not upheld, 2023-01-01, Ofsted, nothing paid
//   C 21-010-500 West Northamptonshire, adult care, upheld, 2021-12-31, CQC, £1,000
//   D 24-010-138 Waltham Forest, public report, upheld, undated, £500
//   E 20-004-001 Surrey Heath, planning, closed after initial enquiries, 2020-03-15
//   F 202301234 Greystone Housing Association (Housing Ombudsman), upheld, 2024-03-28, £299.99
//   G 23-017-900 Kent County Council, school transport, unknown, 2023-06-01
// "statutory complaints procedure" is a phrase in A and D; B has the three words apart.
std::vector<Decision> sample_decisions() {
  const std::vector<Facts> facts = {
      {"22-031-415",
       "22 031 415",
       "Surrey County Council",
       "decision",
       "Children's care services",
       "Disabled children",
       "upheld",
       "2022-06-14",
       true,
       false,
       {25000, 30000},
       {"apology", "payment"},
       {"Children Act 1989"},
       "lgsco",
       "Mrs P complained that the Council delayed her son's complaint under the children's "
       "statutory complaints procedure.\nThe delay was fault. The Council will apologise and pay "
       "Mrs P £300 for her distress and £250 for her time and trouble."},
      {"23-000-435",
       "23 000 435",
       "London Borough of Waltham Forest",
       "decision",
       "Children's care services",
       "Children in care",
       "not-upheld",
       "2023-01-01",
       true,
       false,
       {},
       {},
       {"Children Act 1989"},
       "lgsco",
       "Mr Q complained about the procedure for reviews. The statutory guidance says little "
       "about complaints of this kind. I do not uphold the complaint."},
      {"21-010-500",
       "21 010 500",
       "West Northamptonshire Council",
       "decision",
       "Adult care services",
       "Residential care",
       "upheld",
       "2021-12-31",
       false,
       true,
       {100000},
       {"payment", "training"},
       {"Care Act 2014"},
       "lgsco",
       "Ms R complained that the Council charged care home fees twice. The Council will refund "
       "the fees, pay Ms R £1,000 and train its finance staff."},
      {"24-010-138",
       "24 010 138",
       "London Borough of Waltham Forest",
       "report",
       "",
       "",
       "upheld",
       "",
       false,
       false,
       {50000},
       {"apology", "payment", "procedure-review"},
       {"Local Government Act 1974"},
       "lgsco",
       "Report summary\nThe Council did not follow the statutory complaints procedure for Ms S. "
       "It should apologise, pay Ms S £500 and review how it runs the procedure."},
      {"20-004-001",
       "20 004 001",
       "Surrey Heath Borough Council",
       "decision",
       "Planning and development",
       "Enforcement",
       "closed-after-initial-enquiries",
       "2020-03-15",
       false,
       false,
       {},
       {},
       {},
       "lgsco",
       "Mr T complained about planning enforcement against his neighbour's extension. We will "
       "not investigate this complaint."},
      {"202301234",
       "202301234",
       "Greystone Housing Association",
       "decision",
       "Housing",
       "",
       "upheld",
       "2024-03-28",
       false,
       false,
       {29999},
       {"apology", "payment"},
       {"Housing Act 1996"},
       "housing",
       "The resident reported damp and mould in the bathroom. The landlord's delay was "
       "maladministration. The landlord is ordered to pay £299.99 and apologise."},
      {"23-017-900",
       "23 017 900",
       "Kent County Council",
       "decision",
       "Education",
       "School transport",
       "unknown",
       "2023-06-01",
       false,
       false,
       {},
       {"reconsider-complaint"},
       {"Education Act 1996"},
       "lgsco",
       "Mrs U complained that the taxi to her daughter's school was withdrawn. The Council has "
       "agreed to look at her complaint again."},
  };
  std::vector<Decision> out;
  for (const Facts& f : facts) {
    Decision d;
    d.source = f.source;
    d.organisation = f.organisation;
    d.case_ref = f.case_ref;
    d.doc_type = f.doc_type;
    d.category = optional(f.category);
    d.subcategory = optional(f.subcategory);
    d.outcome = f.outcome;
    d.outcome_source = "stated";
    d.decision_date = optional(f.date);
    d.ofsted_shared = f.ofsted;
    d.cqc_shared = f.cqc;
    d.amounts = f.payments;
    d.remedy_payments = f.payments;
    d.remedies = f.remedies;
    d.legislation = f.legislation;
    d.title = std::string(f.organisation) + " (" + f.printed_ref + ")";
    d.text = f.text;
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace ombud::test
