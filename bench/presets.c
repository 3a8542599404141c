/*
 * Attention shapes of real models, with the features each one really uses.
 * Windows are in tokens: W means a query sees itself and the W - 1 keys
 * before it (the Hugging Face "sliding_window" convention).
 */
#include <string.h>

#include "afb.h"

/* DeepSeek-V2-Lite: YaRN (factor 40, mscale_all_dim 0.707) multiplies the
 * softmax scale by mscale^2, mscale = 0.1 * 0.707 * ln(40) + 1. */
#define AFB_DSV2_MSCALE2 (1.2608064f * 1.2608064f)

static const afb_preset presets[] = {
    {"llama3.2-3b", "GQA 24/8, D 128, causal", 24, 8, 128, 128, 0, 0.0f, 0, 0, 1.0f},
    {"llama3.1-8b", "GQA 32/8, D 128, causal", 32, 8, 128, 128, 0, 0.0f, 0, 0, 1.0f},
    {"mistral-7b", "GQA 32/8, D 128, causal, sliding window 4096", 32, 8, 128, 128, 4096, 0.0f, 0, 0, 1.0f},
    {"gemma2-2b", "GQA 8/4, D 256, causal, logit softcap 50, sliding window 4096", 8, 4, 256, 256, 4096, 50.0f, 0, 0, 1.0f},
    {"gpt2", "MHA 12/12, D 64, causal", 12, 12, 64, 64, 0, 0.0f, 0, 0, 1.0f},
    {"gpt-oss-20b", "GQA 64/8, D 64, causal, attention sinks, sliding window 128", 64, 8, 64, 64, 128, 0.0f, 1, 0, 1.0f},
    {"deepseek-v2-lite", "MLA as MHA 16/16, Dk 192, Dv 128, causal, YaRN mscale^2 on the scale", 16, 16, 192, 128, 0, 0.0f, 0, 0, AFB_DSV2_MSCALE2},
    /* The tiny Llama models that integrations/ggml/make-tiny-llama.py writes for the
     * llama.cpp A/B (8 query / 2 KV heads): the bench's view of that decode node. */
    {"llamacpp-tiny-64", "GQA 8/2, D 64, causal (the llama.cpp A/B's test model)", 8, 2, 64, 64, 0, 0.0f, 0, 0, 1.0f},
    {"llamacpp-tiny-128", "GQA 8/2, D 128, causal (the llama.cpp A/B's test model)", 8, 2, 128, 128, 0, 0.0f, 0, 0, 1.0f},
};

const afb_preset *afb_presets(int *count)
{
    *count = (int)(sizeof presets / sizeof presets[0]);
    return presets;
}

const afb_preset *afb_find_preset(const char *name)
{
    int n;
    const afb_preset *p = afb_presets(&n);
    for (int i = 0; i < n; i++)
        if (strcmp(p[i].name, name) == 0)
            return &p[i];
    return NULL;
}
