#include "run/index_run.hpp"

#include "run/index_pipeline.hpp"

namespace ombud {

IndexSummary run_index(const IndexOptions& options) {
  return IndexPipeline(options).run();
}

}  // namespace ombud
