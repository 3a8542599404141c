/* A plain main() for the fuzz harness: replays each file named on the
 * command line through LLVMFuzzerTestOneInput, without libFuzzer (for gcc,
 * valgrind, or a crash reproducer), and prints the harness's counts. */
#include <stdint.h>
#include <stdio.h>

#include "fz.h"

int main(int argc, char **argv)
{
    LLVMFuzzerInitialize(&argc, &argv);
    int done = 0;
    for (int a = 1; a < argc; a++) {
        FILE *f = fopen(argv[a], "rb");
        if (!f) {
            fprintf(stderr, "cannot open %s\n", argv[a]);
            return 2;
        }
        uint8_t buf[4096];
        size_t n = fread(buf, 1, sizeof buf, f);
        fclose(f);
        LLVMFuzzerTestOneInput(buf, n);
        done++;
    }
    fprintf(stderr, "replayed %d input(s)\n", done);
    fz_print_stats();
    attnforge_context_destroy(fz_ctx_auto);
    attnforge_context_destroy(fz_ctx_generic);
    return 0;
}
