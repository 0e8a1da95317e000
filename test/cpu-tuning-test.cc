// The committed tuning tables (tuning/*.table, compiled in; tuning/README.md): they name real kernels of
// the right family and ISA, a CPU's identity picks the right table (synthetic vendor / CPUID signature
// / MIDR values, none of which needs that CPU), no match gives the generic table, initialization uses
// the table matched here, and a table's crossover is where auto switches paths.
//
// The switch is checked through the public operator: below the crossover auto is three-pass reload
// (the same stages, so the same bits), from it on auto's two passes over memory (other kernels, other
// roundings: some output differs). scripts/tuning_tables.py's own checks (the build refuses a table
// that names a missing kernel, claims a CPU twice, ...) are tested by test/tuning-tables-test.py.
#include <cpuinfo.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include <gtest/gtest.h>

#include "smax.h"
#include "smax/config.h"
#include "smax/microkernels.h"
#include "smax/tuning.h"

namespace {

struct KernelRow {
  enum smax_ukernel_family family;
  enum smax_isa isa;
  void (*function)(void);
  const char* name;
};

// Every kernel of every family, from the generated tables.
const KernelRow kKernels[] = {
#define SMAX_UKERNEL(family, isa, name, elements, accumulators, is_default, bound, side_max) \
  {smax_ukernel_family_##family, smax_isa_##isa, (void (*)(void)) name, #name},
#include "gen/ukernels.inc"
#undef SMAX_UKERNEL
};

const smax_tuning_data& Data() { return *smax_get_tuning_data(); }

const smax_tuning* Named(const char* name) {
  for (size_t i = 0; i < Data().tuning_count; i++) {
    if (std::strcmp(Data().tunings[i].name, name) == 0) return &Data().tunings[i];
  }
  return nullptr;
}

std::string TuningName(const smax_cpu_identity& identity) { return smax_tuning_for_cpu(&identity)->name; }

bool Matches(const smax_tuning_cpu& cpu, const smax_cpu_identity& identity) {
  return smax_tuning_cpu_matches(&cpu, &identity);
}

class CpuTuningTest : public testing::Test {
 protected:
  static void SetUpTestSuite() { ASSERT_EQ(smax_initialize(), smax_status_success); }
};

TEST_F(CpuTuningTest, generic_table_comes_first_and_has_a_crossover) {
  ASSERT_GE(Data().tuning_count, 1u);
  EXPECT_STREQ(Data().tunings[0].name, "generic");
  EXPECT_STREQ(Data().tunings[0].source, "tuning/generic.table");
  EXPECT_GT(Data().tunings[0].auto_two_pass_elements, 0u);
  EXPECT_GT(Data().tunings[0].streaming_store_elements, 0u);
  for (size_t i = 0; i < Data().ukernel_count; i++) {
    EXPECT_NE(Data().ukernels[i].tuning, 0u) << "the generic table names a kernel: " << Data().ukernels[i].name;
  }
}

TEST_F(CpuTuningTest, every_table_parses_into_a_name_a_source_and_cpu_lines) {
  std::vector<size_t> cpu_lines(Data().tuning_count, 0);
  for (size_t i = 0; i < Data().cpu_count; i++) {
    const smax_tuning_cpu& cpu = Data().cpus[i];
    ASSERT_LT(cpu.tuning, Data().tuning_count);
    EXPECT_TRUE(cpu.arch == smax_cpu_arch_x86 || cpu.arch == smax_cpu_arch_arm);
    EXPECT_LE(cpu.first_model, cpu.last_model);
    cpu_lines[cpu.tuning]++;
  }
  for (size_t t = 0; t < Data().tuning_count; t++) {
    const smax_tuning& tuning = Data().tunings[t];
    const std::string source = tuning.source;
    EXPECT_EQ(source, std::string("tuning/") + tuning.name + ".table");
    if (t != 0) {
      EXPECT_GT(cpu_lines[t], 0u) << tuning.name << " says for no CPU what it was measured for";
    }
  }
}

TEST_F(CpuTuningTest, every_kernel_row_names_a_kernel_of_its_family_and_isa) {
  std::set<std::tuple<size_t, int, int>> seen;
  for (size_t i = 0; i < Data().ukernel_count; i++) {
    const smax_tuned_ukernel& row = Data().ukernels[i];
    ASSERT_LT(row.tuning, Data().tuning_count);
    bool found = false;
    for (const KernelRow& kernel : kKernels) {
      if (kernel.function == row.function) {
        found = true;
        EXPECT_EQ(kernel.family, row.family) << row.name;
        EXPECT_EQ(kernel.isa, row.isa) << row.name;
        EXPECT_STREQ(kernel.name, row.name);
      }
    }
    EXPECT_TRUE(found) << row.name << " (" << Data().tunings[row.tuning].name << ") is no kernel of the tables";
    EXPECT_TRUE(seen.insert(std::make_tuple(row.tuning, int(row.family), int(row.isa))).second)
        << Data().tunings[row.tuning].name << " names two kernels for one (family, ISA): " << row.name;
  }
}

TEST_F(CpuTuningTest, identity_from_x86_signatures) {
  // AMD EPYC 9004 (Genoa, Zen 4): family 0xF + 0xA, model 0x1 | 0x1 << 4.
  smax_cpu_identity zen4 = smax_cpu_identity_x86(cpuinfo_vendor_amd, 0x00A10F11);
  EXPECT_EQ(zen4.arch, smax_cpu_arch_x86);
  EXPECT_EQ(zen4.vendor, uint32_t(cpuinfo_vendor_amd));
  EXPECT_EQ(zen4.family, 0x19u);
  EXPECT_EQ(zen4.model, 0x11u);
  // Intel Sapphire Rapids: family 6 (no extended family), model 0xF | 0x8 << 4.
  smax_cpu_identity spr = smax_cpu_identity_x86(cpuinfo_vendor_intel, 0x000806F8);
  EXPECT_EQ(spr.family, 0x6u);
  EXPECT_EQ(spr.model, 0x8Fu);
  // A family below 6 takes no extended model: family 5, model 4.
  smax_cpu_identity p5 = smax_cpu_identity_x86(cpuinfo_vendor_intel, 0x00010543);
  EXPECT_EQ(p5.family, 0x5u);
  EXPECT_EQ(p5.model, 0x4u);
}

TEST_F(CpuTuningTest, identity_from_arm_midr) {
  // Neoverse N1: implementer 0x41 (Arm), part 0xD0C.
  smax_cpu_identity n1 = smax_cpu_identity_arm(0x413FD0C1);
  EXPECT_EQ(n1.arch, smax_cpu_arch_arm);
  EXPECT_EQ(n1.vendor, 0x41u);
  EXPECT_EQ(n1.family, 0u);
  EXPECT_EQ(n1.model, 0xD0Cu);
}

TEST_F(CpuTuningTest, zen4_signatures_pick_the_zen4_table_and_others_the_generic_one) {
  ASSERT_NE(Named("amd-zen4"), nullptr) << "tuning/amd-zen4.table is committed";
  const uint32_t amd = cpuinfo_vendor_amd;
  // Zen 4 (Linux arch/x86/kernel/cpu/amd.c: family 0x19, models 0x10-0x1f and 0x60-0xaf).
  EXPECT_EQ(TuningName(smax_cpu_identity_x86(amd, 0x00A10F11)), "amd-zen4");  // EPYC 9004 Genoa, model 0x11
  EXPECT_EQ(TuningName(smax_cpu_identity_x86(amd, 0x00A10F00)), "amd-zen4");  // model 0x10, first of its range
  EXPECT_EQ(TuningName(smax_cpu_identity_x86(amd, 0x00A60F12)), "amd-zen4");  // Ryzen 7000 Raphael, model 0x61
  EXPECT_EQ(TuningName(smax_cpu_identity_x86(amd, 0x00AA0F02)), "amd-zen4");  // Bergamo / Siena, model 0xa0
  EXPECT_EQ(TuningName(smax_cpu_identity_x86(amd, 0x00AA0FF0)), "amd-zen4");  // model 0xaf, last of its range
  // Not Zen 4: the generic table.
  EXPECT_EQ(TuningName(smax_cpu_identity_x86(amd, 0x00A00F11)), "generic");  // EPYC 7003 Milan (Zen 3), model 0x01
  EXPECT_EQ(TuningName(smax_cpu_identity_x86(amd, 0x00A20F10)), "generic");  // Ryzen 5000 Vermeer (Zen 3), model 0x21
  EXPECT_EQ(TuningName(smax_cpu_identity_x86(amd, 0x00A50F00)), "generic");  // model 0x50 (Zen 3 Cezanne)
  EXPECT_EQ(TuningName(smax_cpu_identity_x86(amd, 0x00AB0F00)), "generic");  // model 0xb0, past the range
  EXPECT_EQ(TuningName(smax_cpu_identity_x86(amd, 0x00B40F00)), "generic");  // family 0x1a (Zen 5)
  // The same signature from another vendor, an Intel Xeon, an ARM core, an unknown architecture.
  EXPECT_EQ(TuningName(smax_cpu_identity_x86(cpuinfo_vendor_hygon, 0x00A10F11)), "generic");
  EXPECT_EQ(TuningName(smax_cpu_identity_x86(cpuinfo_vendor_intel, 0x000806F8)), "generic");
  EXPECT_EQ(TuningName(smax_cpu_identity_arm(0x413FD0C1)), "generic");
  const smax_cpu_identity other = {smax_cpu_arch_other, 0, 0, 0};
  EXPECT_EQ(TuningName(other), "generic");
}

TEST_F(CpuTuningTest, cpu_lines_match_by_arch_vendor_family_and_model_range) {
  const smax_tuning_cpu arm = {1, smax_cpu_arch_arm, 0x41, 0, 0xD40, 0xD4F};
  EXPECT_TRUE(Matches(arm, smax_cpu_identity_arm(0x410FD400)));
  EXPECT_TRUE(Matches(arm, smax_cpu_identity_arm(0x411FD4F3)));
  EXPECT_FALSE(Matches(arm, smax_cpu_identity_arm(0x410FD3F0)));
  EXPECT_FALSE(Matches(arm, smax_cpu_identity_arm(0x410FD500)));
  EXPECT_FALSE(Matches(arm, smax_cpu_identity_arm(0x510FD400)));
  // An x86 identity with the same numbers does not match an ARM line, nor the reverse.
  const smax_cpu_identity x86_lookalike = {smax_cpu_arch_x86, 0x41, 0, 0xD40};
  EXPECT_FALSE(Matches(arm, x86_lookalike));
  const smax_tuning_cpu intel = {1, smax_cpu_arch_x86, cpuinfo_vendor_intel, 6, 0x8F, 0x8F};
  EXPECT_TRUE(Matches(intel, smax_cpu_identity_x86(
                                                  cpuinfo_vendor_intel, 0x000806F8)));
  EXPECT_FALSE(Matches(intel, smax_cpu_identity_x86(
                                                   cpuinfo_vendor_intel, 0x000806E8)));  // model 0x8E
  EXPECT_FALSE(Matches(intel, smax_cpu_identity_x86(
                                                   cpuinfo_vendor_amd, 0x000806F8)));
  const smax_cpu_identity nothing = {smax_cpu_arch_other, 0, 0, 0};
  const smax_tuning_cpu zeros = {1, smax_cpu_arch_other, 0, 0, 0, 0};
  EXPECT_FALSE(Matches(zeros, nothing));
}

TEST_F(CpuTuningTest, initialization_uses_the_table_matched_here) {
  const smax_config* config = smax_get_config();
  ASSERT_NE(config, nullptr);
  EXPECT_EQ(config->tuning, smax_tuning_for_cpu(&config->cpu));
  EXPECT_EQ(config->tuning_override, nullptr);  // this build has no SMAX_TUNING_TABLE (tuning-test has one)
  const size_t own = config->tuning->auto_two_pass_elements;
  EXPECT_EQ(config->auto_two_pass_elements, own != 0 ? own : Data().tunings[0].auto_two_pass_elements);
  const size_t own_streaming = config->tuning->streaming_store_elements;
  EXPECT_EQ(config->streaming_store_elements,
            own_streaming != 0 ? own_streaming : Data().tunings[0].streaming_store_elements);
  // Every family's chosen kernel is the matched table's for the chosen ISA, where the table has one.
  const size_t index = size_t(config->tuning - Data().tunings);
  for (size_t i = 0; i < Data().ukernel_count; i++) {
    const smax_tuned_ukernel& row = Data().ukernels[i];
    if (row.tuning == index && row.isa == config->info[row.family].isa) {
      EXPECT_STREQ(config->info[row.family].name, row.name);
    }
  }
  std::printf("This CPU: arch %d vendor %u family 0x%x model 0x%x -> %s (auto: two passes from %zu elements; "
              "streaming stores from %zu)\n",
              int(config->cpu.arch), unsigned(config->cpu.vendor), unsigned(config->cpu.family),
              unsigned(config->cpu.model), config->tuning->name, config->auto_two_pass_elements,
              config->streaming_store_elements);
}

// Auto on one row of n elements; true if its output is bit for bit three-pass reload's.
bool AutoIsReload(size_t n) {
  std::vector<float> x(n), auto_y(n), reload_y(n);
  uint32_t state = 0x9E3779B9u;
  for (size_t i = 0; i < n; i++) {
    state ^= state << 13;
    state ^= state >> 17;
    state ^= state << 5;
    x[i] = float(state >> 8) * 0x1.0p-24f * 20.0f - 10.0f;
  }
  EXPECT_EQ(smax_run_softmax_nc_f32(n, n, n, 1, x.data(), auto_y.data(), smax_algorithm_auto, 0, nullptr),
            smax_status_success);
  EXPECT_EQ(smax_run_softmax_nc_f32(n, n, n, 1, x.data(), reload_y.data(), smax_algorithm_three_pass_reload, 0,
                                    nullptr),
            smax_status_success);
  return std::memcmp(auto_y.data(), reload_y.data(), n * sizeof(float)) == 0;
}

// Sets one crossover of the library's configuration for the lifetime of the object (tests only).
class ConfigOverride {
 public:
  ConfigOverride(size_t smax_config::*field, size_t elements)
      : config_(const_cast<smax_config*>(smax_get_config())), field_(field), saved_(config_->*field) {
    config_->*field_ = elements;
  }
  ~ConfigOverride() { config_->*field_ = saved_; }

 private:
  smax_config* config_;
  size_t smax_config::*field_;
  size_t saved_;
};

// Auto's crossover.
class CrossoverOverride : public ConfigOverride {
 public:
  explicit CrossoverOverride(size_t elements) : ConfigOverride(&smax_config::auto_two_pass_elements, elements) {}
};

TEST_F(CpuTuningTest, auto_switches_paths_at_the_crossover) {
  CrossoverOverride crossover(5000);
  EXPECT_TRUE(AutoIsReload(4999));
  EXPECT_FALSE(AutoIsReload(5000));
  EXPECT_FALSE(AutoIsReload(5001));
}

TEST_F(CpuTuningTest, auto_switches_paths_at_each_committed_tables_crossover) {
  if (std::getenv("SMAX_TEST_QUICK") != nullptr) {
    GTEST_SKIP() << "rows of millions of elements under emulation (SMAX_TEST_QUICK)";
  }
  for (size_t t = 0; t < Data().tuning_count; t++) {
    const size_t n = Data().tunings[t].auto_two_pass_elements;
    if (n == 0 || n == SIZE_MAX) continue;
    CrossoverOverride crossover(n);
    EXPECT_TRUE(AutoIsReload(n - 1)) << Data().tunings[t].name;
    EXPECT_FALSE(AutoIsReload(n)) << Data().tunings[t].name;
  }
  // And the configuration's own value, as initialization set it.
  const size_t n = smax_get_config()->auto_two_pass_elements;
  if (n != SIZE_MAX) {
    EXPECT_TRUE(AutoIsReload(n - 1));
    EXPECT_FALSE(AutoIsReload(n));
  }
}

}  // namespace

namespace {

// The streaming-stores crossover.
class StreamingOverride : public ConfigOverride {
 public:
  explicit StreamingOverride(size_t elements) : ConfigOverride(&smax_config::streaming_store_elements, elements) {}
};

size_t ElementBytes(enum smax_datatype type) { return type == smax_datatype_f32 ? 4 : 2; }

// One row of n elements through auto (or `algorithm`), the output's bytes; x holds n values in [-10, 10]
// as the input type's bits.
std::vector<uint8_t> RunRow(enum smax_datatype in, enum smax_datatype out, enum smax_algorithm algorithm,
                            uint32_t option_flags, const std::vector<uint8_t>& x, size_t n) {
  const struct smax_softmax_options options = {option_flags, 1.0f, smax_mask_type_none, 0};
  std::vector<uint8_t> y(n * ElementBytes(out), 0xA5);
  smax_operator_t op = nullptr;
  EXPECT_EQ(smax_create_softmax_nc(in, out, algorithm, 0, &options, &op), smax_status_success);
  EXPECT_EQ(smax_reshape_softmax_nc(op, n, n, n, 1, nullptr), smax_status_success);
  EXPECT_EQ(smax_setup_softmax_nc(op, x.data(), y.data(), nullptr), smax_status_success);
  EXPECT_EQ(smax_run_operator(op, nullptr), smax_status_success);
  smax_delete_operator(op);
  return y;
}

}  // namespace

// Streaming stores are a speed choice (the tuning's streaming-stores crossover): every output pass that
// takes them (auto's two passes, two_pass, log-softmax's output pass, the 16-bit narrowing) gives the same
// bits with and without them, whatever this CPU's table says.
TEST_F(CpuTuningTest, streaming_stores_give_the_same_bits) {
  const size_t n = 40000 + 13;  // several chunks of a 16-bit row, and a tail
  CrossoverOverride crossover(5000);  // auto takes its two passes over memory
  struct Case {
    enum smax_datatype in, out;
    enum smax_algorithm algorithm;
    uint32_t flags;
  };
  const Case cases[] = {
      {smax_datatype_f32, smax_datatype_f32, smax_algorithm_auto, 0},
      {smax_datatype_f32, smax_datatype_f32, smax_algorithm_two_pass, 0},
      {smax_datatype_f32, smax_datatype_f32, smax_algorithm_auto, SMAX_OPTION_LOG_SOFTMAX},
      {smax_datatype_bf16, smax_datatype_bf16, smax_algorithm_auto, 0},
      {smax_datatype_f16, smax_datatype_f16, smax_algorithm_auto, 0},
      {smax_datatype_bf16, smax_datatype_f32, smax_algorithm_auto, 0},
      {smax_datatype_bf16, smax_datatype_bf16, smax_algorithm_auto, SMAX_OPTION_LOG_SOFTMAX},
      {smax_datatype_f16, smax_datatype_f32, smax_algorithm_auto, SMAX_OPTION_LOG_SOFTMAX},
  };
  for (const Case& c : cases) {
    std::vector<uint8_t> x(n * ElementBytes(c.in));
    uint32_t state = 0x2545F491u;
    for (size_t i = 0; i < n; i++) {
      state ^= state << 13;
      state ^= state >> 17;
      state ^= state << 5;
      const float value = float(state >> 8) * 0x1.0p-24f * 20.0f - 10.0f;
      uint32_t bits;
      std::memcpy(&bits, &value, sizeof(bits));
      if (c.in == smax_datatype_f32) {
        std::memcpy(&x[i * 4], &bits, 4);
      } else {
        // bf16: the top half; f16: a value in [2, 4) (exponent 1, 8 random bits of fraction).
        const uint16_t half = c.in == smax_datatype_bf16 ? uint16_t(bits >> 16)
                                                         : uint16_t(0x4000 + (state >> 24));
        std::memcpy(&x[i * 2], &half, 2);
      }
    }
    std::vector<uint8_t> ordinary, streaming;
    {
      StreamingOverride off(SIZE_MAX);
      ordinary = RunRow(c.in, c.out, c.algorithm, c.flags, x, n);
    }
    {
      StreamingOverride on(1);
      streaming = RunRow(c.in, c.out, c.algorithm, c.flags, x, n);
    }
    const std::string name = std::to_string(int(c.in)) + "->" + std::to_string(int(c.out)) + " algorithm " +
                             std::to_string(int(c.algorithm)) + " flags " + std::to_string(c.flags);
    EXPECT_EQ(ordinary, streaming) << name;
    // Not two runs that both left the buffer as it was: the sentinel bytes are gone.
    EXPECT_NE(ordinary, std::vector<uint8_t>(ordinary.size(), 0xA5)) << name;
  }
}
