# Every Kith target calls kith_set_compile_options(): strict warnings, string hygiene and,
# in the asan preset, the sanitizers. Kept in one place so the layers cannot drift apart.

add_library(kith_compile_options INTERFACE)
target_compile_options(kith_compile_options INTERFACE -Wall -Wextra -Wpedantic -Wshadow
                                                      -Wnon-virtual-dtor -Woverloaded-virtual)
if(KITH_WARNINGS_AS_ERRORS)
    target_compile_options(kith_compile_options INTERFACE -Werror)
endif()
target_compile_definitions(kith_compile_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

if(KITH_FUZZ)
    # Coverage for libFuzzer in every library; only the fuzz targets link its main().
    target_compile_options(kith_compile_options INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
    target_link_options(kith_compile_options INTERFACE -fsanitize=address,undefined)
endif()

if(KITH_SANITIZE)
    set(kith_sanitizers -fsanitize=address,undefined -fno-sanitize-recover=undefined
                        -fno-omit-frame-pointer)
    target_compile_options(kith_compile_options INTERFACE ${kith_sanitizers})
    # For the few checks whose figures mean nothing under instrumentation (GCC and clang
    # announce ASan differently, so Kith says it once).
    target_compile_definitions(kith_compile_options INTERFACE KITH_SANITIZED)
    # GCC's flow analysis under sanitizer instrumentation reports std::optional members as
    # maybe-uninitialized where they are not (GCC bug 80635); the release build keeps it.
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        target_compile_options(kith_compile_options INTERFACE -Wno-maybe-uninitialized)
    endif()
    target_link_options(kith_compile_options INTERFACE ${kith_sanitizers})
endif()

function(kith_set_compile_options target)
    target_link_libraries(${target} PRIVATE kith_compile_options)
endfunction()

# Precompiled headers: Qt's headers dominate compile times, so each library (and each test
# folder, through a small anchor target) parses them once. Targets that share compile flags
# reuse one precompiled header with REUSE_FROM.
set(KITH_PCH_CORE
    <QByteArray> <QCoreApplication> <QDate> <QDateTime> <QHash> <QList> <QObject> <QSet>
    <QString> <QStringList> <QVariant> <QSqlError> <QSqlQuery>
    <algorithm> <functional> <memory> <optional>)
set(KITH_PCH_WIDGETS ${KITH_PCH_CORE} <QtWidgets>)

# kith_test_pch(anchor HEADERS ... LIBS ...): an object library in the calling test folder
# whose precompiled header that folder's tests reuse (same folder, same flags).
function(kith_test_pch anchor)
    cmake_parse_arguments(arg "" "" "HEADERS;LIBS" ${ARGN})
    add_library(${anchor} OBJECT ${PROJECT_SOURCE_DIR}/tests/support/PchAnchor.cpp)
    kith_set_compile_options(${anchor})
    target_link_libraries(${anchor} PRIVATE kith_test_support ${arg_LIBS})
    target_precompile_headers(${anchor} PRIVATE ${arg_HEADERS})
endfunction()
