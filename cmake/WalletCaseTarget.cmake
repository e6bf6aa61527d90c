# Shared compile settings for WalletCase's own targets: strict warnings and Qt's strictness defines.
function(wc_configure_target target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
        -Wold-style-cast -Wcast-align -Woverloaded-virtual -Wformat=2
        # designated initializers that leave members at their defaults are intended
        -Wno-missing-field-initializers)
    if(WC_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CAST_FROM_BYTEARRAY
        QT_NO_URL_CAST_FROM_STRING QT_USE_QSTRINGBUILDER QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        QT_NO_FOREACH QT_STRICT_ITERATORS QT_DISABLE_DEPRECATED_BEFORE=0x060400)
endfunction()

# wc_add_test(NAME name SOURCES a.cpp ... LIBS lib ... [GUI]) — one GoogleTest binary, discovered
# into ctest. GUI tests link the QApplication-based main; others the QCoreApplication one.
function(wc_add_test)
    cmake_parse_arguments(T "GUI" "NAME;TIMEOUT" "SOURCES;LIBS" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    wc_configure_target(${T_NAME})
    if(T_GUI)
        target_link_libraries(${T_NAME} PRIVATE wc_test_main_gui)
    else()
        target_link_libraries(${T_NAME} PRIVATE wc_test_main_core)
    endif()
    target_link_libraries(${T_NAME} PRIVATE ${T_LIBS} GTest::gtest GTest::gmock)
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    gtest_discover_tests(${T_NAME}
        PROPERTIES TIMEOUT ${T_TIMEOUT} ENVIRONMENT "QT_QPA_PLATFORM=offscreen"
        DISCOVERY_TIMEOUT 60)
endfunction()
