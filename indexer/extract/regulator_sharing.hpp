// Whether a decision says it is shared with a regulator: Ofsted (the Office for Standards in
// Education, Children's Services and Skills) or the Care Quality Commission. The LGSCO states
// it in one sentence, under "The Ombudsman's role and powers" or "How I considered this
// complaint", in several wordings.
#pragma once

#include <string_view>

namespace ombud {

bool shared_with_ofsted(std::string_view text);
bool shared_with_cqc(std::string_view text);

}  // namespace ombud
