# smax tuning tables: what was measured on a CPU (the kernel per (family, ISA), auto's crossover),
# compiled into the library. Format and rules: tuning/README.md and scripts/tuning_tables.py, which
# reads and checks the tables (kernels named must exist for that family and ISA, no (family, ISA)
# twice, no CPU claimed by two committed tables) and writes them as X-macro rows for src/init.c:
#
#   SMAX_TUNING(amd_zen4, "amd-zen4", "tuning/amd-zen4.table", 4194304)
#   SMAX_TUNING_CPU(amd_zen4, x86, cpuinfo_vendor_amd, 0x19, 0x10, 0x1f)
#   #if SMAX_ENABLE_AVX512F
#   SMAX_TUNING_UKERNEL(amd_zen4, f32_rmax, avx512f, smax_f32_rmax_ukernel__avx512f_x144_acc3)
#   #endif
#
# Each kernel row is guarded like the generated tables, so one table may hold rows for several
# architectures (x86 and ARM) and still compile on either. CMake re-runs when a table changes; an
# unchanged output is not rewritten (no rebuild).
#
#   smax_cpu_tunings_to_inc(<inc>)           tuning/*.table, the committed tables (SMAX_CPU_TUNINGS_INC)
#   smax_tuning_table_to_inc(<table> <inc>)  a build-time table (CMake SMAX_TUNING_TABLE, written by
#                                            scripts/bench-suite or scripts/measure-tuning), applied on
#                                            any CPU over the committed ones (SMAX_TUNING_INC)
#   smax_use_tunings(<target> <cpu inc> [<build-time inc>])  the compile definitions init.c reads
find_package(Python3 COMPONENTS Interpreter REQUIRED)

function(_smax_tuning_tables_run inc)
  execute_process(COMMAND "${Python3_EXECUTABLE}" "${PROJECT_SOURCE_DIR}/scripts/tuning_tables.py" inc
                          --root "${PROJECT_SOURCE_DIR}" --out "${inc}" ${ARGN}
                  RESULT_VARIABLE result ERROR_VARIABLE error)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "${error}")
  endif()
  # Re-run CMake when a table, the script or a family's kernel list changes.
  set(depends "${PROJECT_SOURCE_DIR}/scripts/tuning_tables.py" "${PROJECT_SOURCE_DIR}/src/families.table")
  foreach(family ${SMAX_FAMILIES})
    list(APPEND depends "${PROJECT_SOURCE_DIR}/src/${family}/gen/${family}.inc")
  endforeach()
  foreach(argument ${ARGN})
    if(argument MATCHES "\\.(table|txt)$" OR EXISTS "${argument}")
      list(APPEND depends "${argument}")
    endif()
  endforeach()
  set_property(DIRECTORY "${PROJECT_SOURCE_DIR}" APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${depends})
endfunction()

function(smax_cpu_tunings_to_inc inc)
  file(GLOB tables "${PROJECT_SOURCE_DIR}/tuning/*.table")
  list(SORT tables)
  # A new table is seen at the next configure: the folder is a dependency too.
  set_property(DIRECTORY "${PROJECT_SOURCE_DIR}" APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/tuning")
  _smax_tuning_tables_run("${inc}" ${tables})
endfunction()

function(smax_tuning_table_to_inc table inc)
  get_filename_component(table "${table}" ABSOLUTE BASE_DIR "${CMAKE_BINARY_DIR}")
  if(NOT EXISTS "${table}")
    message(FATAL_ERROR "smax: tuning table ${table} does not exist")
  endif()
  _smax_tuning_tables_run("${inc}" --override "${table}")
endfunction()

function(smax_use_tunings target cpu_inc)
  target_compile_definitions(${target} PRIVATE "SMAX_CPU_TUNINGS_INC=\"${cpu_inc}\"")
  if(ARGC GREATER 2)
    target_compile_definitions(${target} PRIVATE "SMAX_TUNING_INC=\"${ARGV2}\"")
  endif()
endfunction()
