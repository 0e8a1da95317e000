// Checks what smax_initialize() does with the SMAX_ISA the test sets in the environment.
// Usage: isa-env-test EXPECTED_STATUS EXPECTED_ISA [FAMILY:TOKEN ...]   (EXPECTED_ISA: a name, "any", or
// "none"; each FAMILY:TOKEN asks that the kernel chosen for FAMILY have TOKEN in its name, e.g.
// f32-bf16-vcvt:__avx512bf16_, for ISAs that only some families have kernels for).
// Prints the chosen ISA and kernels, so CI logs show what dispatch picked.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "smax.h"

int main(int argc, char** argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: %s EXPECTED_STATUS EXPECTED_ISA [FAMILY:TOKEN ...]\n", argv[0]);
    return 2;
  }
  const char* requested = getenv("SMAX_ISA");
  const enum smax_status status = smax_initialize();
  const char* isa = smax_get_isa_name();
  printf("SMAX_ISA=%s -> status %s, ISA %s\n", requested ? requested : "(unset)", smax_status_string(status),
         isa ? isa : "(none)");
  for (size_t index = 0; index < smax_get_ukernel_family_count(); index++) {
    const char* family = smax_get_ukernel_family_name(index);
    const char* name = smax_get_ukernel_name(family);
    printf("  %-30s %s\n", family, name ? name : "(none)");
  }
  int failures = 0;
  if (strcmp(smax_status_string(status), argv[1]) != 0) {
    fprintf(stderr, "FAIL: expected status %s, got %s\n", argv[1], smax_status_string(status));
    failures++;
  }
  if (strcmp(argv[2], "none") == 0) {
    if (isa != NULL) {
      fprintf(stderr, "FAIL: expected no ISA after a failed initialization, got %s\n", isa);
      failures++;
    }
    // A failed initialization must keep failing the same way, and operators must refuse to work.
    smax_operator_t op = NULL;
    if (smax_initialize() != status || smax_create_softmax_nc_f32(smax_algorithm_auto, 0, &op) != smax_status_uninitialized) {
      fprintf(stderr, "FAIL: a failed initialization must stick and leave operators uninitialized\n");
      failures++;
    }
  } else if (isa == NULL || (strcmp(argv[2], "any") != 0 && strcmp(isa, argv[2]) != 0)) {
    fprintf(stderr, "FAIL: expected ISA %s, got %s\n", argv[2], isa ? isa : "(none)");
    failures++;
  }
  for (int arg = 3; arg < argc; arg++) {
    char family[64];
    const char* token = strchr(argv[arg], ':');
    const size_t length = token != NULL ? (size_t) (token - argv[arg]) : 0;
    if (token == NULL || length >= sizeof(family)) {
      fprintf(stderr, "FAIL: %s is not FAMILY:TOKEN\n", argv[arg]);
      failures++;
      continue;
    }
    memcpy(family, argv[arg], length);
    family[length] = '\0';
    const char* name = smax_get_ukernel_name(family);
    if (name == NULL || strstr(name, token + 1) == NULL) {
      fprintf(stderr, "FAIL: expected a %s kernel with %s in its name, got %s\n", family, token + 1,
              name != NULL ? name : "(none)");
      failures++;
    }
  }
  if (failures == 0 && status == smax_status_success) {
    // The chosen kernels must work: softmax of a small row.
    const float x[3] = {1.0f, 2.0f, 3.0f};
    float y[3];
    if (smax_run_softmax_nc_f32(3, 3, 3, 1, x, y, smax_algorithm_auto, 0, NULL) != smax_status_success ||
        !(y[2] > y[1] && y[1] > y[0] && y[0] > 0.0f)) {
      fprintf(stderr, "FAIL: softmax with the chosen kernels\n");
      failures++;
    }
  }
  printf("%s\n", failures == 0 ? "PASS" : "FAIL");
  return failures == 0 ? 0 : 1;
}
