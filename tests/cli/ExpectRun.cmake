# Runs a command and passes only when its exit code is EXIT_CODE and its output (stdout, then stderr) matches
# OUTPUT_REGEX. ctest's PASS_REGULAR_EXPRESSION alone ignores the exit code, so a command that printed the right text
# and then failed or crashed would pass.
#   cmake -DEXIT_CODE=N -DOUTPUT_REGEX=RE -P ExpectRun.cmake COMMAND [ARGS...]
set(command)
set(after_script OFF)
set(script_next OFF)
math(EXPR last "${CMAKE_ARGC} - 1")
foreach(i RANGE ${last})
  if(after_script)
    list(APPEND command "${CMAKE_ARGV${i}}")
  elseif(script_next)
    set(after_script ON)
  elseif("${CMAKE_ARGV${i}}" STREQUAL "-P")
    set(script_next ON)
  endif()
endforeach()
if(NOT command)
  message(FATAL_ERROR "ExpectRun.cmake: no command given")
endif()

execute_process(COMMAND ${command} RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("${out}${err}")
if(NOT "${code}" STREQUAL "${EXIT_CODE}")
  message(FATAL_ERROR "exit code: ${code}, expected ${EXIT_CODE}")
endif()
if(NOT "${out}${err}" MATCHES "${OUTPUT_REGEX}")
  message(FATAL_ERROR "the output does not match: ${OUTPUT_REGEX}")
endif()
