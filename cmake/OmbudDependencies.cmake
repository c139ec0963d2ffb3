# Dependency lookups. Every library comes from a Debian package (scripts/setup installs them).
find_package(PkgConfig REQUIRED)

# Xapian 1.4's CMake config only sets variables: wrap it in an imported target.
find_package(xapian REQUIRED CONFIG)
if(NOT TARGET ombud::xapian)
  add_library(ombud::xapian INTERFACE IMPORTED)
  target_include_directories(ombud::xapian INTERFACE ${XAPIAN_INCLUDE_DIR})
  target_link_libraries(ombud::xapian INTERFACE ${XAPIAN_LIBRARIES})
endif()

# Debian's RE2 ships only a pkg-config file.
pkg_check_modules(RE2 REQUIRED IMPORTED_TARGET re2)

find_package(ICU REQUIRED COMPONENTS uc i18n)
find_package(LibXml2 REQUIRED)
find_package(fmt REQUIRED CONFIG)
find_package(nlohmann_json REQUIRED CONFIG)
find_package(CLI11 REQUIRED CONFIG)
find_package(Threads REQUIRED)
# jemalloc, for the indexer alone (indexer/CMakeLists.txt says why). The sanitizers bring their
# own allocator, so a sanitized build leaves it out.
if(NOT OMBUD_SANITIZE)
  pkg_check_modules(JEMALLOC REQUIRED IMPORTED_TARGET jemalloc)
endif()
if(OMBUD_BUILD_TESTS)
  find_package(Catch2 2 REQUIRED CONFIG)
endif()
