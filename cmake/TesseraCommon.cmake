# SPDX-License-Identifier: GPL-3.0-or-later
# Shared compile settings and one helper per kind of target.

qt_standard_project_setup()
set(CMAKE_AUTOMOC ON)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)

add_library(tessera_settings INTERFACE)
target_compile_features(tessera_settings INTERFACE cxx_std_20)
target_compile_definitions(tessera_settings INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_CONTEXTLESS_CONNECT
  QT_NO_FOREACH
  QT_USE_QSTRINGBUILDER)
target_compile_options(tessera_settings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
  -Woverloaded-virtual -Wimplicit-fallthrough)
if(TESSERA_WERROR)
  target_compile_options(tessera_settings INTERFACE -Werror)
endif()

# tessera_add_library(name SOURCES ... LIBS ...)
function(tessera_add_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
  add_library(${name} STATIC ${ARG_SOURCES})
  target_link_libraries(${name} PUBLIC tessera_settings ${ARG_LIBS})
  target_include_directories(${name} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
endfunction()

# tessera_add_test(TestName SOURCES ... [LIBS ...] [GUI] [TIMEOUT s])
# One executable per class under test, registered with ctest.
function(tessera_add_test name)
  cmake_parse_arguments(ARG "GUI" "TIMEOUT" "SOURCES;LIBS" ${ARGN})
  if(NOT ARG_SOURCES)
    string(TOLOWER "${name}" lower)
    set(ARG_SOURCES "${lower}.cpp")
  endif()
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE tessera_testsupport Qt6::Test ${ARG_LIBS})
  add_test(NAME ${name} COMMAND ${name})
  if(NOT ARG_TIMEOUT)
    set(ARG_TIMEOUT 120)
  endif()
  set_tests_properties(${name} PROPERTIES TIMEOUT ${ARG_TIMEOUT}
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
  # GUI tests take the screenshots the docs-screenshots target refreshes.
  if(CMAKE_CURRENT_SOURCE_DIR MATCHES "/tests/ui(/|$)")
    set_property(TEST ${name} APPEND PROPERTY LABELS ui)
  endif()
endfunction()
