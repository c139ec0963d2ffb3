# cmake -DINPUT=FILE -DOUTPUT=FILE.cpp -DFUNCTION=NAME -DHEADER=HEADER -P EmbedText.cmake
#
# Writes FILE.cpp defining `std::string_view ombud::NAME()`, which returns the text of FILE as it
# was at build time, so a data file in the repository (the shipped thesaurus) is part of the
# program and needs no install path. The build reruns this when FILE changes.
foreach(arg IN ITEMS INPUT OUTPUT FUNCTION HEADER)
  if(NOT DEFINED ${arg})
    message(FATAL_ERROR "EmbedText.cmake: -D${arg}=... is missing")
  endif()
endforeach()
file(READ "${INPUT}" text)
set(delimiter "ombud_embed")
string(FIND "${text}" ")${delimiter}\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${INPUT} holds )${delimiter}\", which would end the raw string early")
endif()
get_filename_component(input_name "${INPUT}" NAME)
file(WRITE "${OUTPUT}.tmp"
  "// Generated at build time from ${input_name} by cmake/EmbedText.cmake. Do not edit.\n"
  "#include \"${HEADER}\"\n\n"
  "namespace ombud {\n\n"
  "std::string_view ${FUNCTION}() {\n"
  "  static constexpr std::string_view kText = R\"${delimiter}(${text})${delimiter}\";\n"
  "  return kText;\n"
  "}\n\n"
  "}  // namespace ombud\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
