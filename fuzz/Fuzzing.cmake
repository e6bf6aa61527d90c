# Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
# Included by the top-level CMakeLists.txt when WC_FUZZ=ON (scripts/fuzz sets it in its own build
# directory, build/fuzz). Everything WalletCase compiles from here on — the core, report and gui
# libraries the fuzz targets link — gets AddressSanitizer, UndefinedBehaviorSanitizer and
# libFuzzer's coverage instrumentation; Qt and SQLite come from Debian uninstrumented (ASan still
# sees heap errors in them through its malloc, but not stack or global ones).
if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "WC_FUZZ needs clang (libFuzzer): configure with CMAKE_CXX_COMPILER=clang++ "
                        "or use scripts/fuzz")
endif()
set(WC_SANITIZERS address,undefined)
add_compile_options(-fsanitize=${WC_SANITIZERS},fuzzer-no-link -fno-omit-frame-pointer
    # A UBSan report aborts so that libFuzzer records the input like any crash.
    -fno-sanitize-recover=undefined)
add_link_options(-fsanitize=${WC_SANITIZERS})
add_subdirectory(fuzz)
