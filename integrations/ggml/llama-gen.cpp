// attnforge-llama-gen: greedy generation through libllama with flash
// attention on, writing every step's tokens and logits, so that a stock run
// and a run with the attnforge backend loaded can be compared.
//
//   attnforge-llama-gen run <ggml backend dir> <model.gguf> <out.bin> [options]
//       --prompt N (1000)  random prompt tokens (seeded, ids >= 3)
//       --gen N (64)       greedy steps
//       --ctk T --ctv T    K/V cache types: f16 (default), q8_0, q4_0
//       --threads N (2)
//       --no-fa            flash attention off (ggml's unfused attention)
//       --follow RUN.bin   feed RUN's tokens instead of this run's own choices
//                          (teacher forcing: both runs then see the same
//                          sequence, so every step's logits compare; the
//                          tokens written are still this run's argmax)
//       --expect-attnforge  fail unless the attnforge backend is loaded and
//                           computed FLASH_ATTN_EXT nodes
//       --expect-stock      fail if it is loaded
//     The attnforge backend is loaded the way every ggml application loads
//     one: GGML_BACKEND_PATH=<libggml-attnforge.so>.
//   attnforge-llama-gen compare <a.bin> <b.bin> <bound> [--relative]
//       exit 0 when every logit of every step differs by at most the bound
//       (--relative: the bound times the largest |logit| of run a) and both
//       runs chose the same token at every step but near-ties: a step where
//       run a's two best logits are within twice the bound, which any pair of
//       runs within the bound may break either way (their count is printed).
//       Run b should --follow run a: after a near-tie broken differently, a
//       free-running b would continue on another sequence.
#include "ggml-backend.h"
#include "llama.h"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <vector>

namespace {

ggml_type parse_type(const char *s)
{
    if (!strcmp(s, "f16")) return GGML_TYPE_F16;
    if (!strcmp(s, "q8_0")) return GGML_TYPE_Q8_0;
    if (!strcmp(s, "q4_0")) return GGML_TYPE_Q4_0;
    if (!strcmp(s, "f32")) return GGML_TYPE_F32;
    fprintf(stderr, "unknown cache type %s\n", s);
    exit(2);
}

void quiet_log(ggml_log_level level, const char *text, void *)
{
    static const bool verbose = getenv("ATTNFORGE_GEN_VERBOSE") != nullptr;
    if (verbose || (level >= GGML_LOG_LEVEL_WARN && level != GGML_LOG_LEVEL_CONT)) fputs(text, stderr);
}

struct run_file {
    int32_t n_vocab = 0, n_steps = 0;
    std::vector<int32_t> tokens;
    std::vector<float> logits;
};

bool read_run(const char *path, run_file &r)
{
    FILE *f = fopen(path, "rb");
    if (!f) return false;
    bool ok = fread(&r.n_vocab, 4, 1, f) == 1 && fread(&r.n_steps, 4, 1, f) == 1 && r.n_vocab > 0 && r.n_steps > 0;
    if (ok) {
        r.tokens.resize(r.n_steps);
        r.logits.resize((size_t)r.n_steps * r.n_vocab);
        ok = fread(r.tokens.data(), 4, r.n_steps, f) == (size_t)r.n_steps &&
             fread(r.logits.data(), 4, r.logits.size(), f) == r.logits.size();
        for (int32_t t : r.tokens) ok = ok && t >= 0 && t < r.n_vocab;
    }
    fclose(f);
    return ok;
}

int compare(const char *a, const char *b, double bound, bool relative)
{
    run_file x, y;
    if (!read_run(a, x) || !read_run(b, y)) {
        fprintf(stderr, "cannot read %s or %s\n", a, b);
        return 2;
    }
    if (x.n_vocab != y.n_vocab || x.n_steps != y.n_steps) {
        fprintf(stderr, "runs differ in shape\n");
        return 1;
    }
    double worst = 0, scale = 0;
    int worst_step = 0;
    for (int s = 0; s < x.n_steps; s++)
        for (int v = 0; v < x.n_vocab; v++) {
            const size_t i = (size_t)s * x.n_vocab + v;
            const double d = std::fabs((double)x.logits[i] - y.logits[i]);
            if (!(d <= worst)) {
                worst = d;
                worst_step = s;
            }
            scale = std::max(scale, std::fabs((double)x.logits[i]));
        }
    const double limit = relative ? bound * scale : bound;
    // tokens: the same at every step, but where run a's margin between its
    // choice and run b's is within 2 x limit (a near-tie). With b following
    // a and every logit within the limit, only near-ties can differ; without
    // --follow this is where a diverging run shows.
    int differ = 0, ties = 0, first_diff = -1;
    for (int s = 0; s < x.n_steps; s++) {
        if (x.tokens[s] == y.tokens[s]) continue;
        const float *l = &x.logits[(size_t)s * x.n_vocab];
        const double margin = (double)l[x.tokens[s]] - l[y.tokens[s]];
        printf("step %d: tokens %d / %d, run a's margin between them %.3g\n", s, x.tokens[s], y.tokens[s], margin);
        if (margin <= 2 * limit) {
            ties++;
        } else {
            if (first_diff < 0) first_diff = s;
            differ++;
        }
    }
    printf("compare: %d steps, tokens %s, max |logit diff| %.3g (step %d), max |logit| %.3g, relative diff %.3g; "
           "bound %.3g%s\n",
           x.n_steps,
           differ    ? "DIFFER"
           : ties    ? "identical but for near-ties"
                     : "identical",
           worst, worst_step, scale, worst / scale, limit, relative ? " (relative to max |logit|)" : "");
    if (ties) printf("%d near-tie(s) broken differently (margin <= 2 x bound)\n", ties);
    if (differ) printf("%d step(s) chose different tokens beyond a near-tie, first at step %d\n", differ, first_diff);
    return differ == 0 && worst <= limit ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc >= 5 && !strcmp(argv[1], "compare"))
        return compare(argv[2], argv[3], atof(argv[4]), argc > 5 && !strcmp(argv[5], "--relative"));
    if (argc < 5 || strcmp(argv[1], "run") != 0) {
        fprintf(stderr, "usage: %s run <ggml backend dir> <model.gguf> <out.bin> [options] | compare <a> <b> <bound>\n",
                argv[0]);
        return 2;
    }
    int n_prompt = 1000, n_gen = 64, threads = 2;
    ggml_type tk = GGML_TYPE_F16, tv = GGML_TYPE_F16;
    bool expect_af = false, expect_stock = false, fa = true;
    const char *follow_path = nullptr;
    for (int i = 5; i < argc; i++) {
        const std::string a = argv[i];
        auto next = [&]() -> const char * {
            if (i + 1 >= argc) {
                fprintf(stderr, "%s needs a value\n", a.c_str());
                exit(2);
            }
            return argv[++i];
        };
        if (a == "--prompt") n_prompt = atoi(next());
        else if (a == "--gen") n_gen = atoi(next());
        else if (a == "--threads") threads = atoi(next());
        else if (a == "--ctk") tk = parse_type(next());
        else if (a == "--ctv") tv = parse_type(next());
        else if (a == "--no-fa") fa = false;
        else if (a == "--expect-attnforge") expect_af = true;
        else if (a == "--expect-stock") expect_stock = true;
        else if (a == "--follow") follow_path = next();
        else {
            fprintf(stderr, "unknown option %s\n", a.c_str());
            return 2;
        }
    }
    run_file follow;
    if (follow_path && (!read_run(follow_path, follow) || follow.n_steps != n_gen + 1)) {
        fprintf(stderr, "cannot read %s, or it is not a run of %d steps\n", follow_path, n_gen + 1);
        return 2;
    }
    llama_log_set(quiet_log, nullptr);
    ggml_backend_load_all_from_path(argv[2]); // the CPU backend, and GGML_BACKEND_PATH if set
    llama_backend_init();

    ggml_backend_reg_t af_reg = ggml_backend_reg_by_name("attnforge");
    if (expect_af && !af_reg) {
        fprintf(stderr, "the attnforge backend is not loaded (GGML_BACKEND_PATH)\n");
        return 1;
    }
    if (expect_stock && af_reg) {
        fprintf(stderr, "the attnforge backend is loaded in a stock run\n");
        return 1;
    }

    llama_model_params mp = llama_model_default_params();
    llama_model *model = llama_model_load_from_file(argv[3], mp);
    if (!model) {
        fprintf(stderr, "cannot load %s\n", argv[3]);
        return 2;
    }
    llama_context_params cp = llama_context_default_params();
    cp.n_ctx = (uint32_t)(n_prompt + n_gen + 16);
    cp.n_batch = (uint32_t)n_prompt;
    cp.n_ubatch = 512;
    cp.n_threads = threads;
    cp.n_threads_batch = threads;
    cp.flash_attn_type = fa ? LLAMA_FLASH_ATTN_TYPE_ENABLED : LLAMA_FLASH_ATTN_TYPE_DISABLED;
    cp.type_k = tk;
    cp.type_v = tv;
    llama_context *ctx = llama_init_from_model(model, cp);
    if (!ctx) {
        fprintf(stderr, "cannot create the context\n");
        return 2;
    }
    const llama_vocab *vocab = llama_model_get_vocab(model);
    const int32_t n_vocab = llama_vocab_n_tokens(vocab);

    std::mt19937 rng(1000);
    std::uniform_int_distribution<int32_t> tok(3, n_vocab - 1);
    std::vector<llama_token> prompt(n_prompt);
    for (auto &t : prompt) t = tok(rng);

    std::vector<int32_t> out_tokens;
    std::vector<float> out_logits;
    llama_batch batch = llama_batch_get_one(prompt.data(), (int32_t)prompt.size());
    llama_token cur = 0;
    for (int step = 0; step <= n_gen; step++) {
        if (llama_decode(ctx, batch) != 0) {
            fprintf(stderr, "llama_decode failed at step %d\n", step);
            return 1;
        }
        const float *logits = llama_get_logits_ith(ctx, -1);
        int best = 0;
        for (int v = 1; v < n_vocab; v++)
            if (logits[v] > logits[best]) best = v;
        out_tokens.push_back(best);
        out_logits.insert(out_logits.end(), logits, logits + n_vocab);
        cur = follow_path ? follow.tokens[step] : best;
        batch = llama_batch_get_one(&cur, 1);
    }

    long long calls = 0;
    if (af_reg) {
        auto fn = (long long (*)(void))ggml_backend_reg_get_proc_address(af_reg, "attnforge_ggml_calls");
        if (fn) calls = fn();
    }
    printf("generated %d tokens after a %d-token prompt (K %s, V %s); attnforge backend %s, %lld FLASH_ATTN_EXT "
           "node(s) on it\n",
           n_gen, n_prompt, ggml_type_name(tk), ggml_type_name(tv), af_reg ? "loaded" : "not loaded", calls);
    if (expect_af && calls == 0) {
        fprintf(stderr, "the attnforge backend computed nothing\n");
        return 1;
    }

    FILE *f = fopen(argv[4], "wb");
    const int32_t n_steps = (int32_t)out_tokens.size();
    bool ok = f && fwrite(&n_vocab, 4, 1, f) == 1 && fwrite(&n_steps, 4, 1, f) == 1 &&
              fwrite(out_tokens.data(), 4, n_steps, f) == (size_t)n_steps &&
              fwrite(out_logits.data(), 4, out_logits.size(), f) == out_logits.size();
    if (f && fclose(f) != 0) ok = false;
    if (!ok) {
        fprintf(stderr, "cannot write %s\n", argv[4]);
        return 2;
    }
    llama_free(ctx);
    llama_model_free(model);
    llama_backend_free();
    return 0;
}
