// Files are written whole from one buffer with stdio, and generation runs on a second thread
// while the first writes, since the machine has two cores.
#include "corpus_writer.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <exception>
#include <stdexcept>
#include <thread>
#include <vector>

#include "case_plan.hpp"
#include "decision_json.hpp"

namespace ombud::gen {
namespace fs = std::filesystem;
namespace {

[[noreturn]] void fail(const fs::path& path, std::string_view what) {
  throw std::runtime_error(fmt::format("{}: {}: {}", path.string(), what, std::strerror(errno)));
}

void write_file(const fs::path& path, std::string_view bytes) {
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (f == nullptr) fail(path, "cannot create");
  const bool ok = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
  if (std::fclose(f) != 0 || !ok) fail(path, "cannot write");
}

void make_folder(const fs::path& folder) {
  std::error_code ec;
  fs::create_directories(folder, ec);
  if (ec) {
    throw std::runtime_error(
        fmt::format("{}: cannot create folder: {}", folder.string(), ec.message()));
  }
}

// Documents are generated in batches: the helper thread makes the odd half of a batch while
// this thread makes the even half, then this thread writes the batch in order.
constexpr std::size_t kBatch = 256;

}  // namespace

nlohmann::ordered_json facts_line(const GeneratedDecision& d) {
  nlohmann::ordered_json line = {{"file", d.relative_path}};
  line.update(facts_json(d.facts));
  return line;
}

CorpusStats write_corpus(const CorpusOptions& options,
                         const std::function<void(std::size_t)>& progress) {
  if (options.count > kMaxDocuments) {
    throw std::runtime_error(
        fmt::format("--count {} is more than the {} case references a run "
                    "can number",
                    options.count, kMaxDocuments));
  }
  const auto start = std::chrono::steady_clock::now();
  make_folder(options.out);
  const fs::path facts_path = options.facts.empty() ? options.out / "facts.jsonl" : options.facts;
  if (facts_path.has_parent_path()) make_folder(facts_path.parent_path());
  std::FILE* facts = std::fopen(facts_path.c_str(), "wb");
  if (facts == nullptr) fail(facts_path, "cannot create");

  const Generator generator(options.seed);
  CorpusStats stats;
  std::vector<std::size_t> sizes;
  sizes.reserve(options.count);
  std::vector<GeneratedDecision> batch(kBatch);
  std::string line;
  try {
    for (std::size_t first = 0; first < options.count; first += kBatch) {
      const std::size_t n = std::min(kBatch, options.count - first);
      std::exception_ptr helper_error;
      std::thread helper([&] {
        try {
          for (std::size_t i = 1; i < n; i += 2) generator.generate(first + i, batch[i]);
        } catch (...) {
          helper_error = std::current_exception();
        }
      });
      try {
        for (std::size_t i = 0; i < n; i += 2) generator.generate(first + i, batch[i]);
      } catch (...) {
        helper.join();
        throw;
      }
      helper.join();
      if (helper_error) std::rethrow_exception(helper_error);
      for (std::size_t i = 0; i < n; ++i) {
        const GeneratedDecision& d = batch[i];
        if ((first + i) % 1000 == 0) make_folder(options.out / d.relative_path.substr(0, 3));
        write_file(options.out / d.relative_path, d.text);
        line = facts_line(d).dump();
        line += '\n';
        if (std::fwrite(line.data(), 1, line.size(), facts) != line.size()) {
          fail(facts_path, "cannot write");
        }
        stats.bytes += d.text.size();
        sizes.push_back(d.text.size());
        ++stats.files;
      }
      if (progress) progress(stats.files);
    }
  } catch (...) {
    std::fclose(facts);
    throw;
  }
  if (std::fclose(facts) != 0) fail(facts_path, "cannot write");

  if (!sizes.empty()) {
    std::nth_element(sizes.begin(), sizes.begin() + static_cast<std::ptrdiff_t>(sizes.size() / 2),
                     sizes.end());
    stats.median_bytes = sizes[sizes.size() / 2];
  }
  stats.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return stats;
}

}  // namespace ombud::gen
