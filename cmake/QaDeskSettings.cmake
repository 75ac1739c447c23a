# Project-wide settings: packages, one INTERFACE target every QA Desk target links, and build options.
set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_AUTOMOC ON)
set(CMAKE_AUTORCC ON)
set(CMAKE_AUTOUIC ON)
set(CMAKE_AUTOUIC_SEARCH_PATHS ${PROJECT_SOURCE_DIR}/forms)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)
if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
  set(CMAKE_BUILD_TYPE RelWithDebInfo CACHE STRING "Build type" FORCE)
endif()

option(QADESK_BUILD_TESTS "Build the unit tests" ON)
option(QADESK_BUILD_BENCHMARKS "Build the benchmarks in tests/bench" OFF)
option(QADESK_WERROR "Treat compiler warnings as errors" OFF)

find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Widgets Sql Concurrent Multimedia Charts Svg PrintSupport LinguistTools Test)
find_package(PkgConfig REQUIRED)
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
# libpq, under Qt's QPSQL driver, for COPY: `server push` streams a million rows where INSERTs would take an hour.
pkg_check_modules(LIBPQ REQUIRED IMPORTED_TARGET libpq)

add_library(qadesk_common_cfg INTERFACE)
target_compile_features(qadesk_common_cfg INTERFACE cxx_std_20)
target_compile_definitions(qadesk_common_cfg INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CONTEXTLESS_CONNECT
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_FOREACH
  QADESK_VERSION="${PROJECT_VERSION}")
# Value types are aggregates with default member values: a partial brace-initializer is intended there.
target_compile_options(qadesk_common_cfg INTERFACE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers $<$<BOOL:${QADESK_WERROR}>:-Werror>)
