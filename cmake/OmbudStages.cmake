# ombud_add_stage(TARGET SOURCES ... [PUBLIC libs...] [PRIVATE libs...])
#
# One stage folder (indexer/read, query/parse, ...) as one static library. Its headers are included
# with the stage's name (`#include "read/decision_page.hpp"`), through an include folder in the build
# tree that holds a link to this stage alone. A target sees the stages it links (PUBLIC, so the
# order read <- extract <- write <- run carries through) and no other: a stage that includes a later
# stage's header fails to compile, instead of waiting for a reviewer to notice.
function(ombud_add_stage target)
  cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC;PRIVATE" ${ARGN})
  get_filename_component(stage "${CMAKE_CURRENT_SOURCE_DIR}" NAME)
  set(include_root "${CMAKE_CURRENT_BINARY_DIR}/include")
  file(MAKE_DIRECTORY "${include_root}")
  file(CREATE_LINK "${CMAKE_CURRENT_SOURCE_DIR}" "${include_root}/${stage}" SYMBOLIC)
  add_library(${target} STATIC ${ARG_SOURCES})
  target_include_directories(${target} PUBLIC "${include_root}")
  target_link_libraries(${target} PUBLIC ${ARG_PUBLIC} PRIVATE ${ARG_PRIVATE})
  ombud_set_warnings(${target})
endfunction()
