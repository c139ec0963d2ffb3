// Fuzz target: the query builder (our pre-parser, QueryParser with every field processor) and
// running the query, on arbitrary query text. A user's query may be refused with QueryError;
// nothing may crash or hang. Xapian itself is not fuzzed by anyone: this path is ours to harden.
#include <unistd.h>
#include <xapian.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string_view>

#include "decision.hpp"
#include "decision_writer.hpp"
#include "parse/query_builder.hpp"
#include "parse/query_error.hpp"
#include "write/index_writer.hpp"

namespace {

// A small database, so wildcards, council names and ranges have something to match. On disk:
// the writer's batches are transactions, which the in-memory backend does not have.
struct FuzzFolder {
  std::filesystem::path path =
      std::filesystem::temp_directory_path() / ("ombud-fuzz-query-" + std::to_string(getpid()));
  ~FuzzFolder() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
  }
};

Xapian::Database fuzz_database() {
  static const FuzzFolder folder;
  Xapian::WritableDatabase db(folder.path.string(), Xapian::DB_CREATE_OR_OVERWRITE);
  ombud::IndexWriter writer(db);
  const char* councils[] = {"Harrowgate Vale District Council", "Kestrel Heath Borough Council"};
  for (int i = 0; i < 4; ++i) {
    ombud::Decision d;
    d.source = "lgsco";
    d.case_ref = "2" + std::to_string(i) + "-000-00" + std::to_string(i);
    d.organisation = councils[i % 2];
    d.doc_type = "decision";
    d.outcome = i % 2 ? "upheld" : "not-upheld";
    d.decision_date = "202" + std::to_string(i) + "-06-1" + std::to_string(i);
    d.remedy_payments = {i * 25000};
    d.remedies = {"apology", "payment"};
    d.title = d.organisation + " (" + d.case_ref + ")";
    d.text = "The Council delayed the statutory complaints procedure and apologised.";
    ombud::test::write_decision(writer, d, "fuzz" + std::to_string(i));
  }
  writer.commit();
  return db;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const Xapian::Database db = fuzz_database();
  static const ombud::QueryBuilder builder(db);
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    const ombud::BuiltQuery built = builder.build(text);
    Xapian::Enquire enquire(db);
    enquire.set_query(built.query);
    enquire.get_mset(0, 10);
  } catch (const ombud::QueryError&) {
  } catch (const Xapian::WildcardError&) {
  }
  return 0;
}
