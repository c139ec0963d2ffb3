// generate_spelling_table: the build-time tool that writes the analyzer's spelling table (a C++
// source compiled into ombud_shared) from the wbritish and wamerican word lists, and a report of
// every group and why it was mapped as it was.
//
//   generate_spelling_table BRITISH_LIST AMERICAN_LIST OUT.cpp [REPORT.txt]
#include <xapian.h>

#include <exception>
#include <fstream>
#include <iostream>
#include <string>

#include "spelling_groups.hpp"

namespace {

void write_file(const std::string& path, const std::string& text) {
  // Write beside the target and rename, so an interrupted build never leaves half a table.
  const std::string temp = path + ".tmp";
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    out << text;
    out.close();
    if (!out) throw std::runtime_error(temp + ": cannot write");
  }
  if (std::rename(temp.c_str(), path.c_str()) != 0)
    throw std::runtime_error(path + ": cannot replace");
}

}  // namespace

int main(int argc, char** argv) try {
  if (argc != 4 && argc != 5) {
    std::cerr << "usage: generate_spelling_table BRITISH_LIST AMERICAN_LIST OUT.cpp [REPORT]\n";
    return 2;
  }
  const auto british = ombud::spelling::read_word_list(argv[1]);
  const auto american = ombud::spelling::read_word_list(argv[2]);
  const auto plan = ombud::spelling::plan(british, american, Xapian::Stem("english"));
  write_file(argv[3], ombud::spelling::render_table(plan));
  if (argc == 5) write_file(argv[4], ombud::spelling::render_report(plan));
  return 0;
} catch (const std::exception& e) {
  std::cerr << "generate_spelling_table: error: " << e.what() << "\n";
  return 2;
}
