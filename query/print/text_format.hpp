// Small formatting helpers the printers share.
#pragma once

#include <string>
#include <string_view>

#include "decision.hpp"

namespace ombud {

// "£500", "£1,250", "£5,384.99".
std::string format_pounds(Pence pence);

// ANSI styling for a terminal; every function returns `text` unchanged when colour is off.
class Style {
 public:
  explicit Style(bool color) : color_(color) {}
  bool color() const { return color_; }
  std::string bold(std::string_view text) const { return wrap("\x1b[1m", text); }
  std::string match(std::string_view text) const { return wrap("\x1b[1;31m", text); }  // as rg
  std::string case_ref(std::string_view text) const { return wrap("\x1b[35m", text); }
  std::string dim(std::string_view text) const { return wrap("\x1b[2m", text); }

 private:
  std::string wrap(std::string_view code, std::string_view text) const;
  bool color_;
};

}  // namespace ombud
