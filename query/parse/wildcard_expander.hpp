// Wildcards over several shards. Xapian 1.4 expands a wildcard (OP_WILDCARD) inside each shard,
// from that shard's words only, and the statistics of the synonym it builds then differ from one
// database's: on the test corpus `statut*` scored about twice as high over two local shards, and
// ranked in another order over two remote ones. Expanded once, over the words of all shards, into
// an OP_SYNONYM of them, it scores exactly as on one database (where OP_WILDCARD builds that
// same synonym). So for a database of several shards QueryBuilder has prepare_query() rewrite
// `statut*` as `ombudwildcard:statut`, and this processor expands it; one database keeps
// Xapian's own OP_WILDCARD.
#pragma once

#include <xapian.h>

#include <memory>
#include <string>
#include <string_view>

#include "parse/field_processors.hpp"

namespace ombud {

// The field prepare_query() writes wildcards under; not a schema field, so a user cannot type it.
inline constexpr std::string_view kWildcardField = "ombudwildcard";

class WildcardExpander : public Xapian::FieldProcessor {
 public:
  WildcardExpander(Xapian::Database db, Xapian::termcount limit,
                   std::shared_ptr<FieldErrors> errors)
      : db_(std::move(db)), limit_(limit), errors_(std::move(errors)) {}

  // `start` is the case-folded word before the '*'. More than `limit` words is an error, as
  // Xapian's WILDCARD_LIMIT_ERROR makes it on one database (recorded in `errors`).
  Xapian::Query operator()(const std::string& start) override;

 private:
  Xapian::Database db_;
  Xapian::termcount limit_;
  std::shared_ptr<FieldErrors> errors_;
};

}  // namespace ombud
