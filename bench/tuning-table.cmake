# smax tuning tables: the kernel variant to use per (family, ISA), measured on one CPU.
#
# Format (written by scripts/bench-suite, see scripts/bench-report.py), one row per line:
#
#   <family> <isa> <kernel>      e.g.  f32-rmax avx512f smax_f32_rmax_ukernel__avx512f_x64_acc4
#
# Fields are separated by blanks; '#' starts a comment; blank lines are ignored. A (family, ISA)
# pair appears at most once; pairs that do not appear keep the family table's default. Every row
# must name a kernel of that family and ISA (listed in src/<family>/gen/<family>.inc).
#
# smax_tuning_table_to_inc(<table> <inc>) checks a table and writes it as the X-macro rows that
# src/init.c includes through SMAX_TUNING_INC:
#
#   #if SMAX_ENABLE_AVX512F
#   SMAX_TUNED_UKERNEL(f32_rmax, avx512f, smax_f32_rmax_ukernel__avx512f_x64_acc4)
#   #endif
#
# Each row is guarded like the generated tables, so one table may hold rows for several
# architectures (x86 and ARM) and still compile on either. CMake re-runs when the table changes.
function(smax_tuning_table_to_inc table inc)
  get_filename_component(table "${table}" ABSOLUTE BASE_DIR "${CMAKE_BINARY_DIR}")
  if(NOT EXISTS "${table}")
    message(FATAL_ERROR "smax: tuning table ${table} does not exist")
  endif()
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${table}")
  file(STRINGS "${table}" lines)
  set(text "// Generated from ${table} by bench/tuning-table.cmake: do not edit.\n")
  string(APPEND text "// One row per tuned (family, ISA): SMAX_TUNED_UKERNEL(family, isa, kernel).\n// clang-format off\n")
  set(seen)
  set(line_number 0)
  foreach(line IN LISTS lines)
    math(EXPR line_number "${line_number} + 1")
    string(REGEX REPLACE "#.*$" "" line "${line}")
    string(STRIP "${line}" line)
    if(line STREQUAL "")
      continue()
    endif()
    string(REGEX MATCHALL "[^ \t]+" fields "${line}")
    list(LENGTH fields field_count)
    if(NOT field_count EQUAL 3)
      message(FATAL_ERROR "smax: ${table}:${line_number}: expected '<family> <isa> <kernel>', got '${line}'")
    endif()
    list(GET fields 0 family)
    list(GET fields 1 isa)
    list(GET fields 2 kernel)
    set(family_inc "${PROJECT_SOURCE_DIR}/src/${family}/gen/${family}.inc")
    if(NOT family MATCHES "^[a-z0-9-]+$" OR NOT EXISTS "${family_inc}")
      message(FATAL_ERROR "smax: ${table}:${line_number}: unknown family '${family}'")
    endif()
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${family_inc}")
    file(READ "${family_inc}" family_rows)
    string(REPLACE "-" "_" family_id "${family}")
    string(FIND "${family_rows}" "SMAX_UKERNEL(${family_id}, ${isa}, ${kernel}," position)
    if(position EQUAL -1)
      message(FATAL_ERROR "smax: ${table}:${line_number}: ${kernel} is not a ${isa} kernel of ${family} "
                          "(see src/${family}/gen/${family}.inc)")
    endif()
    if("${family}/${isa}" IN_LIST seen)
      message(FATAL_ERROR "smax: ${table}:${line_number}: a second row for ${family} ${isa}")
    endif()
    list(APPEND seen "${family}/${isa}")
    string(TOUPPER "${isa}" ISA)
    string(APPEND text "#if SMAX_ENABLE_${ISA}\nSMAX_TUNED_UKERNEL(${family_id}, ${isa}, ${kernel})\n#endif\n")
  endforeach()
  # Written through a temporary file so an unchanged table does not rebuild init.c.
  file(WRITE "${inc}.tmp" "${text}")
  configure_file("${inc}.tmp" "${inc}" COPYONLY)
  file(REMOVE "${inc}.tmp")
endfunction()
