# Warnings are set per target, never by editing global flags.
function(ombud_set_warnings target)
  target_compile_options(${target} PRIVATE
    -Wall -Wextra -Wpedantic -Wshadow -Wconversion
    -Wnon-virtual-dtor -Woverloaded-virtual -Wold-style-cast)
  if(OMBUD_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  if(OMBUD_FUZZ)
    # Coverage for libFuzzer in every library; the fuzz targets themselves link the fuzzer.
    target_compile_options(${target} PRIVATE -fsanitize=fuzzer-no-link,address,undefined)
    target_link_options(${target} PRIVATE -fsanitize=address,undefined)
  elseif(OMBUD_SANITIZE)
    target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer)
    # Under -fsanitize=address, g++ 12's -Wmaybe-uninitialized fires inside libstdc++'s own
    # <regex> (a false alarm: the optimiser sees the sanitizer's code); the plain build keeps it.
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
      target_compile_options(${target} PRIVATE -Wno-maybe-uninitialized)
    endif()
    target_link_options(${target} PRIVATE -fsanitize=address,undefined)
  endif()
endfunction()
