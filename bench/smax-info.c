// Prints the CPU cpuinfo detected, the kernels smax chose for it, and one sample softmax.
#include <stdio.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>

#include <cpuinfo.h>

#include "smax.h"
#include "smax/config.h"

int main(void) {
  const enum smax_status status = smax_initialize();
  if (status != smax_status_success) {
    fprintf(stderr, "smax_initialize failed: %s\n", smax_status_string(status));
    return 1;
  }
  const struct cpuinfo_package* package = cpuinfo_get_package(0);
  printf("CPU: %s (%u cores)\n", package != NULL ? package->name : "unknown", cpuinfo_get_cores_count());
  printf("ISA chosen: %s\n", smax_get_isa_name());
  // The tuning table matched to this CPU's identity (tuning/README.md), and a build-time one over it.
  const struct smax_config* config = smax_get_config();
  const struct smax_cpu_identity* cpu = &config->cpu;
  printf("CPU identity: %s vendor %u family 0x%x model 0x%x\n",
         cpu->arch == smax_cpu_arch_x86 ? "x86" : cpu->arch == smax_cpu_arch_arm ? "arm" : "other",
         (unsigned) cpu->vendor, (unsigned) cpu->family, (unsigned) cpu->model);
  printf("Tuning: %s (%s)", config->tuning->name, config->tuning->source);
  if (config->tuning_override != NULL) {
    printf(", overridden by the build-time table %s", config->tuning_override->source);
  }
  if (config->auto_two_pass_elements == SIZE_MAX) {
    printf("\nauto: three-pass reload on every row (the two passes over memory never won where measured)\n");
  } else {
    printf("\nauto: two passes over memory for rows of %zu elements and more\n", config->auto_two_pass_elements);
  }
  if (config->streaming_store_elements == SIZE_MAX) {
    printf("streaming stores: never (the tuning's streaming-stores crossover is none)\n");
  } else {
    printf("streaming stores: output passes of rows of %zu elements and more\n", config->streaming_store_elements);
  }
  for (size_t index = 0; index < smax_get_ukernel_family_count(); index++) {
    const char* family = smax_get_ukernel_family_name(index);
    printf("  %-30s %s\n", family, smax_get_ukernel_name(family));
  }
  const float logits[8] = {1.0f, 2.0f, 3.0f, 4.0f, -INFINITY, 90.0f, 100.0f, 0.5f};
  for (int algorithm = 0; algorithm < SMAX_ALGORITHM_COUNT; algorithm++) {
    float probabilities[8];
    const enum smax_status run = smax_run_softmax_nc_f32(8, 8, 8, 1, logits, probabilities,
                                                         (enum smax_algorithm) algorithm, 0, NULL);
    if (run != smax_status_success) {
      fprintf(stderr, "softmax failed: %s\n", smax_status_string(run));
      return 1;
    }
    printf("softmax %-21s:", smax_algorithm_string((enum smax_algorithm) algorithm));
    for (int i = 0; i < 8; i++) {
      printf(" %.6g", probabilities[i]);
    }
    printf("\n");
  }
  return 0;
}
