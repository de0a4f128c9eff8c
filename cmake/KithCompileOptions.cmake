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

if(KITH_SANITIZE)
    set(kith_sanitizers -fsanitize=address,undefined -fno-sanitize-recover=undefined
                        -fno-omit-frame-pointer)
    target_compile_options(kith_compile_options INTERFACE ${kith_sanitizers})
    target_link_options(kith_compile_options INTERFACE ${kith_sanitizers})
endif()

function(kith_set_compile_options target)
    target_link_libraries(${target} PRIVATE kith_compile_options)
endfunction()
