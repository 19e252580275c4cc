// libFuzzer's driver, called from the fuzz target's own main rather than libFuzzer's: SwiftPM
// gives every Swift executable its main, so the fuzz target links libFuzzer without one.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
