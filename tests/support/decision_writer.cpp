#include "decision_writer.hpp"

#include "analyzer.hpp"
#include "write/document_builder.hpp"

namespace ombud::test {

IndexWriter::Result write_decision(IndexWriter& writer, const Decision& decision,
                                   const std::string& path) {
  // One analyzer for every call: building ICU's break iterators per decision would be most of a
  // test's time. Tests and fuzz targets write from one thread.
  static Analyzer analyzer;
  return writer.write_document(decision.case_ref, build_document(decision, analyzer), path);
}

}  // namespace ombud::test
