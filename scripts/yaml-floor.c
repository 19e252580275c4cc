// The least a generator with YAML front matter adds to the floor: libyaml's events for the
// front matter of every file named on standard input, nothing decoded, on one core.
//
//   gcc -O2 -o yaml-floor scripts/yaml-floor.c -lyaml && find content -name '*.md' | ./yaml-floor
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

int main(void) {
    static char text[1 << 24];
    char path[4096];
    long events = 0, files = 0;
    while (fgets(path, sizeof path, stdin)) {
        path[strcspn(path, "\n")] = 0;
        FILE *file = fopen(path, "rb");
        if (!file) continue;
        size_t length = fread(text, 1, sizeof text - 1, file);
        fclose(file);
        text[length] = 0;
        if (strncmp(text, "---\n", 4) != 0) continue;
        char *end = strstr(text + 4, "\n---");
        if (!end) continue;
        yaml_parser_t parser;
        yaml_event_t event;
        yaml_parser_initialize(&parser);
        yaml_parser_set_input_string(&parser, (unsigned char *)text + 4, (size_t)(end + 1 - (text + 4)));
        for (int done = 0; !done && yaml_parser_parse(&parser, &event); events++) {
            done = event.type == YAML_STREAM_END_EVENT;
            yaml_event_delete(&event);
        }
        yaml_parser_delete(&parser);
        files++;
    }
    fprintf(stderr, "%ld front matters, %ld events\n", files, events);
    return 0;
}
