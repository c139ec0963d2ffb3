#include "print/command_line.hpp"

#include <fmt/format.h>
#include <xapian.h>

#include <exception>
#include <string>

#include "database.hpp"
#include "diagnostics.hpp"
#include "parse/query_error.hpp"

namespace ombud {

CLI::Validator seconds_validator() {
  return CLI::Validator(
      [](const std::string& s) {
        return parse_timeout_seconds(s) ? std::string() : "'" + s + "' is not a number of seconds";
      },
      "SECONDS");
}

std::optional<int> parse_command_line(CLI::App& app, int argc, char** argv,
                                      std::string_view program) {
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ExtrasError& e) {
    // Most often a query that starts with '-', which the shell cannot tell from an option.
    report_error(program, fmt::format("{}; a query that starts with '-' goes after --, as in: {} "
                                      "-- '-apology outcome:upheld'",
                                      e.what(), program));
    return 2;
  } catch (const CLI::ParseError& e) {
    report_error(program, fmt::format("{} (see {} --help)", e.what(), program));
    return 2;
  }
  return std::nullopt;
}

int report_current_exception(std::string_view program) {
  try {
    throw;
  } catch (const QueryError& e) {
    report_error(program, e.what());
  } catch (const DatabaseOpenError& e) {
    report_error(program, e.what());
  } catch (const Xapian::Error& e) {
    report_error(program, e.get_description());
  } catch (const std::exception& e) {
    report_error(program, e.what());
  }
  return 2;
}

}  // namespace ombud
