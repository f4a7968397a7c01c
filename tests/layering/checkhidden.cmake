# SPDX-License-Identifier: GPL-3.0-or-later
# Run by the CoreInternalsHiddenFromUiAndCli test (see CMakeLists.txt here).
# Each VISIBLE probe must build; each HIDDEN probe must fail because its
# header is not found. core/private is also reachable as "private/..." from
# core/, so no source of ui/, cli/ or app/ may spell that either.
set(failures)

foreach(probe IN LISTS VISIBLE)
  execute_process(COMMAND ${CMAKE_COMMAND} --build ${BUILD_DIR} --target ${probe}
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
  if(NOT rc EQUAL 0)
    list(APPEND failures "${probe}: a public header did not compile:\n${out}")
  endif()
endforeach()

foreach(probe IN LISTS HIDDEN)
  execute_process(COMMAND ${CMAKE_COMMAND} --build ${BUILD_DIR} --target ${probe}
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
  if(rc EQUAL 0)
    list(APPEND failures "${probe}: an internal header of core compiled")
  elseif(NOT out MATCHES "(No such file or directory|file not found)")
    list(APPEND failures "${probe}: failed, but not because the header is hidden:\n${out}")
  else()
    message(STATUS "hidden as it should be: ${probe}")
  endif()
endforeach()

foreach(dir ui cli app)
  file(GLOB_RECURSE sources "${SOURCE_DIR}/${dir}/*.h" "${SOURCE_DIR}/${dir}/*.cpp")
  foreach(source IN LISTS sources)
    file(STRINGS "${source}" lines REGEX "#[ \t]*include[ \t]*[\"<]private/")
    if(lines)
      list(APPEND failures "${source} includes core's internals: ${lines}")
    endif()
  endforeach()
endforeach()

if(failures)
  list(JOIN failures "\n" text)
  message(FATAL_ERROR "${text}")
endif()
list(LENGTH HIDDEN count)
message(STATUS "${count} probes of internal headers hidden; public headers compile (${VISIBLE})")
