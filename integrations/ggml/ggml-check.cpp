// attnforge-ggml-check: a stricter FLASH_ATTN_EXT check than test-backend-ops.
//
// test-backend-ops compares a backend with the CPU backend by normalized mean
// squared error (5e-4 for this op): an output 1 % off everywhere passes. Here
// every element of the attnforge backend's output is held against an f64
// reference computed from ggml's definition of the op (ggml-cpu's
// flash_attn_ext: s = scale * q.k, softcap c * tanh(s / c), plus the f16 mask
// times the head's ALiBi slope (1 without max_bias), softmax with the
// optional sink logit, times V), from the same rounded
// inputs, with SPEC.md's bound:
//   |O - ref| <= ulp_f32(ref) + r_abs * (1e-5 + 2^-22 * A)
// (r_abs = max_x sum_j p_j |v_j[x]|, A = max over visible j of
// scale * sum_d |q_d k_jd| + |mask_j|). Cases mirror test-backend-ops's
// (head dims, GQA, broadcast over dim 3, views of a larger cache, permuted
// K/V, masks with -inf, sinks, softcap, ALiBi, K/V f32/f16/bf16/q8_0/q4_0); the
// output is poisoned (NaN) before each call and every element must be
// written. The CPU backend's error against the same reference is printed
// beside ours for comparison. It also checks that supports_op refuses what
// attnforge cannot compute exactly (other K/V types, such as q5_1 and iq4_nl),
// and, by default, what only its slow generic fallback would compute (the
// cases run with ATTNFORGE_GGML_GENERIC=1, so that every mapping is checked).
//
// usage: attnforge-ggml-check <dir with libggml-cpu.so> <libggml-attnforge.so> [--quick]
// exit 0: every case within the bound; 1: a failure; 2: setup error.
#include "ggml.h"
#include "ggml-alloc.h"
#include "ggml-backend.h"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <vector>

namespace {

struct fa_case {
    int64_t hsk, hsv, nh, nr2, nr3, kv, nb;
    bool mask, sinks;
    float max_bias, softcap;
    ggml_type tk, tv;
    bool permute; // K/V stored [D, H, S, B] and permuted to [D, S, H, B]
    bool kv_view; // K/V views of a cache twice as long
    bool expect_supported;
};

std::string describe(const fa_case &c)
{
    char buf[320];
    snprintf(buf, sizeof buf,
             "hsk=%lld hsv=%lld nh=%lld nr23=[%lld,%lld] kv=%lld nb=%lld mask=%d sinks=%d max_bias=%g softcap=%g "
             "K=%s V=%s permute=%d view=%d",
             (long long)c.hsk, (long long)c.hsv, (long long)c.nh, (long long)c.nr2, (long long)c.nr3,
             (long long)c.kv, (long long)c.nb, c.mask, c.sinks, c.max_bias, c.softcap, ggml_type_name(c.tk),
             ggml_type_name(c.tv), c.permute, c.kv_view);
    return buf;
}

// element row (d = 0..ne0) of tensor t at (i1, i2, i3), as floats
void read_row(const ggml_tensor *t, int64_t i1, int64_t i2, int64_t i3, float *out)
{
    const char *p = (const char *)t->data + i1 * t->nb[1] + i2 * t->nb[2] + i3 * t->nb[3];
    if (t->type == GGML_TYPE_F32) {
        memcpy(out, p, t->ne[0] * sizeof(float));
    } else {
        ggml_get_type_traits(t->type)->to_float(p, out, t->ne[0]);
    }
}

void fill_tensor(ggml_tensor *t, std::mt19937_64 &rng, float lo, float hi)
{
    const int64_t n = ggml_nelements(t);
    std::uniform_real_distribution<float> u(lo, hi);
    std::vector<float> f(n);
    for (auto &x : f) x = u(rng);
    const int64_t nrow = n / t->ne[0];
    switch (t->type) {
    case GGML_TYPE_F32:
        memcpy(t->data, f.data(), n * sizeof(float));
        break;
    case GGML_TYPE_F16:
        for (int64_t i = 0; i < n; i++) ((ggml_fp16_t *)t->data)[i] = ggml_fp32_to_fp16(f[i]);
        break;
    default:
        ggml_quantize_chunk(t->type, f.data(), t->data, 0, nrow, t->ne[0], nullptr);
        break;
    }
}

struct result {
    double worst = 0;  // max |err| / bound
    int64_t unwritten = 0;
};

// f64 reference per ggml's definition, and the check of out against it
result check(const ggml_tensor *op, const std::vector<float> &out)
{
    const ggml_tensor *q = op->src[0], *k = op->src[1], *v = op->src[2], *m = op->src[3], *s = op->src[4];
    float scale, max_bias, softcap;
    memcpy(&scale, (const float *)op->op_params + 0, sizeof scale);
    memcpy(&max_bias, (const float *)op->op_params + 1, sizeof max_bias);
    memcpy(&softcap, (const float *)op->op_params + 2, sizeof softcap);
    const int64_t DK = q->ne[0], DV = v->ne[0], N = q->ne[1], H = q->ne[2], B = q->ne[3];
    const int64_t KV = k->ne[1], HKV = k->ne[2];
    std::vector<float> qr(DK), kr(DK), vr(DV);
    std::vector<std::vector<float>> K(KV), V(KV);
    std::vector<double> sc(KV), acc(DV), aabs(DV);
    // ALiBi slopes per ggml_soft_max_ext (here in double): n_floor = 2^floor(log2 H),
    // m0 = 2^(-max_bias / n_floor) for heads below n_floor, m1 = 2^(-max_bias / 2 / n_floor) above
    int64_t n_floor = 1;
    while (n_floor * 2 <= H) n_floor *= 2;
    const double m0 = std::exp2(-(double)max_bias / n_floor), m1 = std::exp2(-(double)max_bias / 2 / n_floor);
    result r;
    for (int64_t b = 0; b < B; b++)
        for (int64_t h = 0; h < H; h++) {
            const int64_t hk = h / (H / HKV);
            const double slope = max_bias > 0 ? (h < n_floor ? std::pow(m0, h + 1) : std::pow(m1, 2 * (h - n_floor) + 1)) : 1.0;
            for (int64_t j = 0; j < KV; j++) {
                K[j].resize(DK);
                V[j].resize(DV);
                read_row(k, j, hk, b, K[j].data());
                read_row(v, j, hk, b, V[j].data());
            }
            for (int64_t i = 0; i < N; i++) {
                read_row(q, i, h, b, qr.data());
                double mx = -INFINITY, A = 0;
                for (int64_t j = 0; j < KV; j++) {
                    double bias = 0;
                    if (m) {
                        const ggml_fp16_t *mp = (const ggml_fp16_t *)((const char *)m->data + i * m->nb[1] +
                                                                      (h % m->ne[2]) * m->nb[2] +
                                                                      (b % m->ne[3]) * m->nb[3]);
                        bias = ggml_fp16_to_fp32(mp[j]);
                        if (bias != -INFINITY) bias *= slope;
                    }
                    if (bias == -INFINITY) {
                        sc[j] = -INFINITY;
                        continue;
                    }
                    double dot = 0, dabs = 0;
                    for (int64_t d = 0; d < DK; d++) {
                        dot += (double)qr[d] * K[j][d];
                        dabs += std::fabs((double)qr[d] * K[j][d]);
                    }
                    double x = dot * scale;
                    if (softcap != 0) x = softcap * std::tanh(x / softcap);
                    sc[j] = x + bias;
                    A = std::max(A, std::fabs((double)scale) * dabs + std::fabs(bias));
                    mx = std::max(mx, sc[j]);
                }
                const double sink = s ? ((const float *)s->data)[h] : -INFINITY;
                mx = std::max(mx, sink);
                double l = s ? std::exp(sink - mx) : 0;
                std::fill(acc.begin(), acc.end(), 0.0);
                std::fill(aabs.begin(), aabs.end(), 0.0);
                if (mx != -INFINITY) {
                    for (int64_t j = 0; j < KV; j++) {
                        if (sc[j] == -INFINITY) continue;
                        const double p = std::exp(sc[j] - mx);
                        l += p;
                        for (int64_t d = 0; d < DV; d++) {
                            acc[d] += p * V[j][d];
                            aabs[d] += p * std::fabs((double)V[j][d]);
                        }
                    }
                }
                double r_abs = 0;
                for (int64_t d = 0; d < DV; d++) r_abs = std::max(r_abs, l > 0 ? aabs[d] / l : 0.0);
                // output [DV, H, N, B], dense
                const float *o = out.data() + ((b * N + i) * H + h) * DV;
                for (int64_t d = 0; d < DV; d++) {
                    const double ref = l > 0 ? acc[d] / l : 0.0;
                    if (std::isnan(o[d])) {
                        r.unwritten++;
                        continue;
                    }
                    const float rf = (float)ref;
                    const double ulp = std::fabs((double)std::nextafter(rf, INFINITY) - rf);
                    const double bound = ulp + r_abs * (1e-5 + std::ldexp(1.0, -22) * A);
                    r.worst = std::max(r.worst, std::fabs(o[d] - ref) / bound);
                }
            }
        }
    return r;
}

std::vector<fa_case> make_cases(bool quick)
{
    std::vector<fa_case> cs;
    auto add = [&](fa_case c) { cs.push_back(c); };
    const ggml_type kvt[] = {GGML_TYPE_F16, GGML_TYPE_Q8_0, GGML_TYPE_Q4_0, GGML_TYPE_F32, GGML_TYPE_BF16};
    // head dims as test-backend-ops and llama.cpp use them (MLA: V a sub-view of K is not built here)
    const int64_t hs[][2] = {{64, 64}, {128, 128}, {40, 40}, {72, 72}, {80, 80}, {96, 64}, {192, 128}, {256, 256},
                             {576, 512}};
    for (auto &d : hs) {
        for (ggml_type t : kvt) {
            const bool block = t == GGML_TYPE_Q8_0 || t == GGML_TYPE_Q4_0;
            if (block && (d[0] % 32 || d[1] % 32)) continue;
            if (t != GGML_TYPE_F16 && d[0] != 64 && d[0] != 128) continue;
            for (int variant = 0; variant < (quick ? 2 : 4); variant++) {
                fa_case c{d[0], d[1], 4, 1, 1, 113, 3, true, false, 0, 0, t, t, false, true, true};
                switch (variant) {
                case 0: break;                                                        // prefill-ish, mask
                case 1: c.nb = 1; c.kv = 512; c.nr2 = 4; c.sinks = true; break;       // decode, GQA, sinks
                case 2: c.nb = 32; c.permute = true; c.nr3 = d[0] <= 64 ? 3 : 1; break; // permuted, batch
                case 3: c.mask = false; c.softcap = 10; c.kv_view = false; c.nb = 8; break;
                }
                add(c);
            }
        }
    }
    // mixed K/V formats (llama.cpp allows -ctk and -ctv apart)
    add({64, 64, 4, 1, 1, 128, 2, true, false, 0, 0, GGML_TYPE_Q8_0, GGML_TYPE_Q4_0, false, true, true});
    add({64, 64, 4, 1, 1, 128, 2, true, false, 0, 0, GGML_TYPE_Q4_0, GGML_TYPE_F16, false, true, true});
    add({64, 64, 4, 1, 1, 96, 2, true, false, 0, 0, GGML_TYPE_F16, GGML_TYPE_F32, false, true, true});
    // llama-like decode and prefill at a longer cache
    add({128, 128, 2, 4, 1, 4096, 1, true, false, 0, 0, GGML_TYPE_F16, GGML_TYPE_F16, false, true, true});
    add({128, 128, 2, 4, 1, 2048, 64, true, false, 0, 0, GGML_TYPE_Q8_0, GGML_TYPE_Q8_0, false, true, true});
    // ALiBi (max_bias: the mask, -|pos_i - pos_j| here, times each head's slope):
    // 4 heads, 12 heads (past the power of two: the m1 slopes), decode, with
    // softcap and sinks, a q8_0 cache
    add({64, 64, 4, 1, 1, 113, 3, true, false, 8.0f, 0, GGML_TYPE_F16, GGML_TYPE_F16, false, true, true});
    add({128, 128, 2, 6, 1, 512, 1, true, false, 8.0f, 0, GGML_TYPE_Q8_0, GGML_TYPE_Q8_0, false, true, true});
    add({64, 64, 3, 4, 2, 200, 40, true, true, 2.5f, 20.0f, GGML_TYPE_F16, GGML_TYPE_F16, false, true, true});
    // what supports_op must refuse: formats attnforge lacks
    add({64, 64, 4, 1, 1, 113, 3, true, false, 0, 0, GGML_TYPE_Q5_1, GGML_TYPE_Q5_1, false, true, false});
    add({64, 64, 4, 1, 1, 113, 3, true, false, 0, 0, GGML_TYPE_IQ4_NL, GGML_TYPE_IQ4_NL, false, true, false});
    return cs;
}

ggml_tensor *make_kv(ggml_context *ctx, const fa_case &c, ggml_type t, int64_t d, ggml_tensor **base)
{
    // logical [d, kv, nh, nr3]; stored [d, nh, kv, nr3] when permuted; views
    // of a cache twice as long in the token dimension
    const int64_t cap = c.kv_view ? 2 * c.kv : c.kv;
    ggml_tensor *b = c.permute ? ggml_new_tensor_4d(ctx, t, d, c.nh, cap, c.nr3)
                               : ggml_new_tensor_4d(ctx, t, d, cap, c.nh, c.nr3);
    *base = b;
    ggml_tensor *x = b;
    if (c.kv_view) {
        x = c.permute ? ggml_view_4d(ctx, b, d, c.nh, c.kv, c.nr3, b->nb[1], b->nb[2], b->nb[3], 0)
                      : ggml_view_4d(ctx, b, d, c.kv, c.nh, c.nr3, b->nb[1], b->nb[2], b->nb[3], 0);
    }
    if (c.permute) x = ggml_permute(ctx, x, 0, 2, 1, 3);
    return x;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: %s <dir with libggml-cpu.so> <libggml-attnforge.so> [--quick]\n", argv[0]);
        return 2;
    }
    const bool quick = argc > 3 && strcmp(argv[3], "--quick") == 0;
    ggml_backend_load_all_from_path(argv[1]);
    ggml_backend_reg_t reg = ggml_backend_load(argv[2]);
    if (!reg) {
        fprintf(stderr, "cannot load %s\n", argv[2]);
        return 2;
    }
    ggml_backend_t cpu = ggml_backend_init_by_type(GGML_BACKEND_DEVICE_TYPE_CPU, nullptr);
    ggml_backend_t af = ggml_backend_dev_init(ggml_backend_reg_dev_get(reg, 0), nullptr);
    if (!cpu || !af) {
        fprintf(stderr, "cannot create the CPU or the attnforge backend\n");
        return 2;
    }
    auto set_threads = (ggml_backend_set_n_threads_t)ggml_backend_reg_get_proc_address(reg, "ggml_backend_set_n_threads");
    if (set_threads) set_threads(af, 2);

    int failures = 0, ran = 0, refused = 0;
    // by default the backend takes only nodes with a generated kernel, and
    // only above its minimum work (a decode step over 8192 cached tokens is
    // taken, one over 256 is left to the CPU backend: AF_GGML_MIN_MACS_DEFAULT)
    {
        struct probe {
            int64_t hsk, hsv, kv, nq; // nq query tokens of 8 heads, 2 KV heads
            ggml_type tk, tv;
            bool take, take_min0; // supports_op by default, and with ATTNFORGE_GGML_MIN_MACS=0
            const char *why;
        } probes[] = {{64, 64, 8192, 1, GGML_TYPE_F16, GGML_TYPE_F16, true, true, "generated kernel"},
                      {128, 128, 8192, 1, GGML_TYPE_Q8_0, GGML_TYPE_Q8_0, true, true, "generated kernel"},
                      {128, 128, 8192, 1, GGML_TYPE_Q4_0, GGML_TYPE_Q4_0, true, true, "generated kernel"},
                      {72, 72, 8192, 1, GGML_TYPE_F16, GGML_TYPE_F16, false, false, "generic fallback only"},
                      {64, 64, 8192, 1, GGML_TYPE_Q8_0, GGML_TYPE_Q4_0, true, true, "mixed formats, decode: widened per task"},
                      {128, 128, 4096, 1, GGML_TYPE_Q8_0, GGML_TYPE_F16, true, true, "mixed formats, decode: widened per task"},
                      {64, 64, 512, 64, GGML_TYPE_Q8_0, GGML_TYPE_F16, true, true, "mixed formats, short prefill: widened"},
                      {64, 64, 512, 16, GGML_TYPE_Q8_0, GGML_TYPE_F16, true, true, "mixed formats, 64 rows per KV head: a decode, widened per task"},
                      {64, 64, 2048, 64, GGML_TYPE_Q8_0, GGML_TYPE_F16, true, true, "mixed formats, long prefill: widened"},
                      {64, 64, 256, 1, GGML_TYPE_F16, GGML_TYPE_F16, false, true, "below the minimum work"},
                      {128, 128, 256, 1, GGML_TYPE_Q8_0, GGML_TYPE_Q8_0, false, true, "below the minimum work"}};
        unsetenv("ATTNFORGE_GGML_GENERIC");
        unsetenv("ATTNFORGE_GGML_MIN_MACS");
        for (const probe &pr : probes) {
            ggml_init_params ip = {ggml_tensor_overhead() * 8, nullptr, true};
            ggml_context *ctx = ggml_init(ip);
            ggml_tensor *q = ggml_new_tensor_4d(ctx, GGML_TYPE_F32, pr.hsk, pr.nq, 8, 1);
            ggml_tensor *k = ggml_new_tensor_4d(ctx, pr.tk, pr.hsk, pr.kv, 2, 1);
            ggml_tensor *v = ggml_new_tensor_4d(ctx, pr.tv, pr.hsv, pr.kv, 2, 1);
            ggml_tensor *m = ggml_new_tensor_4d(ctx, GGML_TYPE_F16, pr.kv, pr.nq, 1, 1);
            ggml_tensor *out = ggml_flash_attn_ext(ctx, q, k, v, m, 0.125f, 0, 0);
            for (int any = 0; any <= 1; any++) { // default, then ATTNFORGE_GGML_MIN_MACS=0
                if (any) setenv("ATTNFORGE_GGML_MIN_MACS", "0", 1);
                const bool want = any ? pr.take_min0 : pr.take;
                const bool sup = ggml_backend_supports_op(af, out);
                printf("%s %s supports_op=%d for hsk=%lld hsv=%lld kv=%lld nq=%lld K=%s V=%s (%s)\n",
                       sup == want ? "ok  " : "FAIL", any ? "MIN_MACS=0" : "default", sup, (long long)pr.hsk,
                       (long long)pr.hsv, (long long)pr.kv, (long long)pr.nq, ggml_type_name(pr.tk),
                       ggml_type_name(pr.tv), pr.why);
                if (sup != want) failures++;
            }
            unsetenv("ATTNFORGE_GGML_MIN_MACS");
            ggml_free(ctx);
        }
        // every case below runs on attnforge where it can: generic fallback
        // and small ones included
        setenv("ATTNFORGE_GGML_GENERIC", "1", 1);
        setenv("ATTNFORGE_GGML_MIN_MACS", "0", 1);
    }
    double worst_af = 0, worst_cpu = 0;
    std::mt19937_64 rng(20261015);
    for (const fa_case &c : make_cases(quick)) {
        ggml_init_params ip = {ggml_tensor_overhead() * 16 + ggml_graph_overhead(), nullptr, true};
        ggml_context *ctx = ggml_init(ip);
        const int64_t H = c.nh * c.nr2;
        ggml_tensor *q = ggml_new_tensor_4d(ctx, GGML_TYPE_F32, c.hsk, c.nb, H, c.nr3);
        ggml_tensor *kb, *vb;
        ggml_tensor *k = make_kv(ctx, c, c.tk, c.hsk, &kb);
        ggml_tensor *v = make_kv(ctx, c, c.tv, c.hsv, &vb);
        ggml_tensor *m = c.mask ? ggml_new_tensor_4d(ctx, GGML_TYPE_F16, c.kv, c.nb, 1, c.nr3) : nullptr;
        ggml_tensor *s = c.sinks ? ggml_new_tensor_1d(ctx, GGML_TYPE_F32, H) : nullptr;
        ggml_tensor *out = ggml_flash_attn_ext(ctx, q, k, v, m, 1.0f / std::sqrt((float)c.hsk), c.max_bias, c.softcap);
        ggml_flash_attn_ext_add_sinks(out, s);
        ggml_prec_set_acc(out, GGML_PREC_F32);
        ggml_cgraph *gf = ggml_new_graph(ctx);
        ggml_build_forward_expand(gf, out);

        const bool sup = ggml_backend_supports_op(af, out);
        if (sup != c.expect_supported) {
            printf("FAIL supports_op=%d, expected %d: %s\n", sup, c.expect_supported, describe(c).c_str());
            failures++;
            ggml_free(ctx);
            continue;
        }
        if (!sup) {
            refused++;
            ggml_free(ctx);
            continue;
        }
        ggml_backend_buffer_t buf = ggml_backend_alloc_ctx_tensors(ctx, cpu);
        fill_tensor(q, rng, -1, 1);
        fill_tensor(kb, rng, -1, 1);
        fill_tensor(vb, rng, -1, 1);
        if (s) fill_tensor(s, rng, -10, 10);
        if (m) {
            // causal-like -inf pattern plus random -inf holes and small finite biases
            std::uniform_real_distribution<float> u(0, 1);
            for (int64_t b3 = 0; b3 < m->ne[3]; b3++)
                for (int64_t i = 0; i < m->ne[1]; i++) {
                    ggml_fp16_t *row = (ggml_fp16_t *)((char *)m->data + i * m->nb[1] + b3 * m->nb[3]);
                    for (int64_t j = 0; j < m->ne[0]; j++) {
                        const bool hidden = j > c.kv - c.nb + i || u(rng) < 0.1f;
                        // ALiBi: llama.cpp's mask holds -|pos_i - pos_j| (integers, exact in f16 here)
                        const float fin = c.max_bias > 0 ? -std::fabs((float)(c.kv - c.nb + i - j)) : u(rng) - 0.5f;
                        row[j] = ggml_fp32_to_fp16(hidden ? -INFINITY : fin);
                    }
                }
        }
        const size_t n_out = ggml_nelements(out);
        std::vector<float> poison(n_out, NAN), o_af(n_out), o_cpu(n_out);
        memcpy(out->data, poison.data(), n_out * sizeof(float));
        if (ggml_backend_graph_compute(af, gf) != GGML_STATUS_SUCCESS) {
            printf("FAIL attnforge compute failed: %s\n", describe(c).c_str());
            failures++;
        } else {
            memcpy(o_af.data(), out->data, n_out * sizeof(float));
            memcpy(out->data, poison.data(), n_out * sizeof(float));
            ggml_backend_graph_compute(cpu, gf);
            memcpy(o_cpu.data(), out->data, n_out * sizeof(float));
            const result ra = check(out, o_af), rc = check(out, o_cpu);
            ran++;
            worst_af = std::max(worst_af, ra.worst);
            worst_cpu = std::max(worst_cpu, rc.worst);
            const bool ok = ra.unwritten == 0 && ra.worst <= 1.0;
            if (!ok) failures++;
            printf("%s err/bound attnforge %.3g, CPU %.3g%s: %s\n", ok ? "ok  " : "FAIL", ra.worst, rc.worst,
                   ra.unwritten ? " (unwritten elements)" : "", describe(c).c_str());
        }
        ggml_backend_buffer_free(buf);
        ggml_free(ctx);
    }
    printf("attnforge-ggml-check: %d case(s) computed on attnforge, %d refused as expected, %d failure(s); "
           "worst err/bound attnforge %.3g, CPU backend %.3g\n",
           ran, refused, failures, worst_af, worst_cpu);
    ggml_backend_free(af);
    ggml_backend_free(cpu);
    return failures || ran == 0 ? 1 : 0;
}
