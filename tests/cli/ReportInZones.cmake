# Runs the same reports on one workspace (in Asia/Seoul) under TZ=UTC and TZ=Asia/Seoul, and requires byte-identical
# files and output: periods and dates follow the workspace's zone, never the machine's.
# cmake -DCLI=<qadesk-cli> -DWORKSPACE=<file> -DOUT=<folder> -P ReportInZones.cmake
file(REMOVE_RECURSE ${OUT})
foreach(zone UTC Asia/Seoul)
  string(REPLACE "/" "-" folder ${zone})
  file(MAKE_DIRECTORY ${OUT}/${folder})
  foreach(run "team;--period;2026-10" "items;--period;2026-11" "team;--from;2026-09-01;--to;2026-10-31;--by;contact"
              "sampling;--period;2026-11;--as-of;2026-11-20")
    list(GET run 0 report)
    list(SUBLIST run 1 -1 period)
    string(JOIN "-" name ${run})
    execute_process(COMMAND ${CMAKE_COMMAND} -E env TZ=${zone} ${CLI} report ${report} --workspace ${WORKSPACE} --user manager ${period}
                            --format csv --out ${OUT}/${folder}/${name}.csv
                    RESULT_VARIABLE code OUTPUT_QUIET ERROR_VARIABLE error)
    if(NOT code EQUAL 0)
      message(FATAL_ERROR "report ${name} under TZ=${zone} exited with ${code}: ${error}")
    endif()
  endforeach()
  execute_process(COMMAND ${CMAKE_COMMAND} -E env TZ=${zone} ${CLI} overview --workspace ${WORKSPACE} --user manager --month 2026-11
                  RESULT_VARIABLE code OUTPUT_FILE ${OUT}/${folder}/overview.json ERROR_VARIABLE error)
  if(NOT code EQUAL 0)
    message(FATAL_ERROR "overview under TZ=${zone} exited with ${code}: ${error}")
  endif()
endforeach()

file(GLOB files RELATIVE ${OUT}/UTC ${OUT}/UTC/*)
list(LENGTH files count)
if(count LESS 10)
  message(FATAL_ERROR "expected the reports' tables and the overview, found only: ${files}")
endif()
foreach(name ${files})
  file(SHA256 ${OUT}/UTC/${name} utc)
  file(SHA256 ${OUT}/Asia-Seoul/${name} seoul)
  if(NOT utc STREQUAL seoul)
    message(FATAL_ERROR "${name} differs between TZ=UTC and TZ=Asia/Seoul")
  endif()
endforeach()
message(STATUS "${count} files identical under TZ=UTC and TZ=Asia/Seoul")
