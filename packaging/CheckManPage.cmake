# cmake -DMAN=man -DPAGE=kith.1 -P CheckManPage.cmake
# Formats the page the way lintian does and fails on any warning groff or man prints.
execute_process(
    COMMAND ${CMAKE_COMMAND} -E env LC_ALL=C.UTF-8 MANROFFSEQ= MANWIDTH=80
            ${MAN} --warnings -E UTF-8 -l -Tutf8 -Z ${PAGE}
    OUTPUT_QUIET
    ERROR_VARIABLE warnings
    RESULT_VARIABLE status)
if(NOT status EQUAL 0 OR NOT warnings STREQUAL "")
    message(FATAL_ERROR "${PAGE} does not format cleanly (exit ${status}):\n${warnings}")
endif()
