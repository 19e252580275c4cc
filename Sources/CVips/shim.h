#include <vips/vips.h>

// Swift cannot call C's variadic functions, and libvips passes every option through them:
// these wrappers fix the options dossier uses. Each returns NULL or non-zero on failure.

static inline int dossier_vips_start(void) {
    if (VIPS_INIT("dossier")) return -1;
    // Images are spread over the cores one per thread (see ImagePipeline): libvips' own
    // threads would only compete with them, and its operation cache would hold every
    // picture of the site in memory.
    vips_concurrency_set(1);
    vips_cache_set_max(0);
    vips_cache_set_max_mem(0);
    // Only the loaders dossier calls by name run: never ImageMagick's, which reads dozens
    // of formats that nobody publishes.
    vips_block_untrusted_set(TRUE);
    return 0;
}

static inline VipsImage *dossier_load_jpeg(const void *buf, size_t len) {
    VipsImage *out = NULL;
    return vips_jpegload_buffer((void *) buf, len, &out, "fail_on", VIPS_FAIL_ON_TRUNCATED, NULL) ? NULL : out;
}

/// Decoded at 1/`shrink` of its size (2, 4 or 8), by libjpeg itself: a phone's 48-megapixel
/// photo made into 1200 pixels wide decodes a sixteenth of its pixels.
static inline VipsImage *dossier_load_jpeg_shrunk(const void *buf, size_t len, int shrink) {
    VipsImage *out = NULL;
    return vips_jpegload_buffer((void *) buf, len, &out, "shrink", shrink, "fail_on", VIPS_FAIL_ON_TRUNCATED, NULL) ? NULL : out;
}

static inline VipsImage *dossier_load_png(const void *buf, size_t len) {
    VipsImage *out = NULL;
    return vips_pngload_buffer((void *) buf, len, &out, "fail_on", VIPS_FAIL_ON_TRUNCATED, NULL) ? NULL : out;
}

static inline VipsImage *dossier_load_webp(const void *buf, size_t len, int pages) {
    VipsImage *out = NULL;
    return vips_webpload_buffer((void *) buf, len, &out, "n", pages, "fail_on", VIPS_FAIL_ON_TRUNCATED, NULL) ? NULL : out;
}

static inline VipsImage *dossier_load_gif(const void *buf, size_t len, int pages) {
    VipsImage *out = NULL;
    return vips_gifload_buffer((void *) buf, len, &out, "n", pages, "fail_on", VIPS_FAIL_ON_TRUNCATED, NULL) ? NULL : out;
}

static inline VipsImage *dossier_load_heif(const void *buf, size_t len) {
    VipsImage *out = NULL;
    return vips_heifload_buffer((void *) buf, len, &out, "fail_on", VIPS_FAIL_ON_TRUNCATED, NULL) ? NULL : out;
}

static inline VipsImage *dossier_autorot(VipsImage *in) {
    VipsImage *out = NULL;
    return vips_autorot(in, &out, NULL) ? NULL : out;
}

static inline VipsImage *dossier_resize(VipsImage *in, double hscale, double vscale) {
    VipsImage *out = NULL;
    return vips_resize(in, &out, hscale, "vscale", vscale, NULL) ? NULL : out;
}

static inline VipsImage *dossier_flatten_white(VipsImage *in) {
    VipsImage *out = NULL;
    double white[3] = {255, 255, 255};
    VipsArrayDouble *background = vips_array_double_new(white, 3);
    int failed = vips_flatten(in, &out, "background", background, NULL);
    vips_area_unref(VIPS_AREA(background));
    return failed ? NULL : out;
}

static inline VipsImage *dossier_to_srgb(VipsImage *in) {
    VipsImage *out = NULL;
    return vips_colourspace(in, &out, VIPS_INTERPRETATION_sRGB, NULL) ? NULL : out;
}

/// CMYK with its own profile: converted through that profile, since sRGB is all a browser
/// shows for certain.
static inline VipsImage *dossier_icc_to_srgb(VipsImage *in) {
    VipsImage *out = NULL;
    return vips_icc_transform(in, &out, "srgb", "embedded", TRUE, NULL) ? NULL : out;
}

static inline VipsImage *dossier_copy(VipsImage *in) {
    VipsImage *out = NULL;
    return vips_copy(in, &out, NULL) ? NULL : out;
}

static inline VipsImage *dossier_copy_memory(VipsImage *in) {
    return vips_image_copy_memory(in);
}

/// Every pixel decoded: a truncated file fails here, not on a visitor's screen.
static inline int dossier_decode_all(VipsImage *in) {
    double average = 0;
    return vips_avg(in, &average, NULL);
}

/// Stripped: libvips 8.14 writes a new EXIF block into every JPEG it saves, even from a
/// picture with no metadata field left. The colour profile is put back by ImageProcessor.
static inline int dossier_save_jpeg(VipsImage *in, void **buf, size_t *len, int quality) {
    return vips_jpegsave_buffer(in, buf, len, "Q", quality, "optimize_coding", TRUE, "interlace", TRUE, "strip", TRUE, NULL);
}

static inline int dossier_save_png(VipsImage *in, void **buf, size_t *len) {
    return vips_pngsave_buffer(in, buf, len, NULL);
}

static inline int dossier_save_webp(VipsImage *in, void **buf, size_t *len, int quality) {
    return vips_webpsave_buffer(in, buf, len, "Q", quality, NULL);
}

static inline int dossier_save_gif(VipsImage *in, void **buf, size_t *len) {
    return vips_gifsave_buffer(in, buf, len, NULL);
}

static inline int dossier_save_heif(VipsImage *in, void **buf, size_t *len) {
    return vips_heifsave_buffer(in, buf, len, "compression", VIPS_FOREIGN_HEIF_COMPRESSION_HEVC, NULL);
}

/// A picture with something to see, for tests: red rises to the right, green downwards,
/// blue along the diagonal.
static inline VipsImage *dossier_gradient(int width, int height) {
    VipsImage *xyz = NULL, *x = NULL, *y = NULL, *sum = NULL, *bands = NULL, *scaled = NULL, *out = NULL;
    int failed = vips_xyz(&xyz, width, height, NULL)
        || vips_extract_band(xyz, &x, 0, NULL)
        || vips_extract_band(xyz, &y, 1, NULL)
        || vips_add(x, y, &sum, NULL);
    if (!failed) {
        VipsImage *three[3] = {x, y, sum};
        failed = vips_bandjoin(three, &bands, 3, NULL);
    }
    if (!failed) {
        double factors[3] = {255.0 / width, 255.0 / height, 255.0 / (width + height)};
        double offsets[3] = {0, 0, 0};
        failed = vips_linear(bands, &scaled, factors, offsets, 3, "uchar", TRUE, NULL)
            || vips_copy(scaled, &out, "interpretation", VIPS_INTERPRETATION_sRGB, NULL);
    }
    VipsImage *made[6] = {xyz, x, y, sum, bands, scaled};
    for (int index = 0; index < 6; index++) if (made[index]) g_object_unref(made[index]);
    return failed ? NULL : out;
}

/// The picture with libvips' own sRGB profile attached, for tests of what keeps a profile.
static inline VipsImage *dossier_with_srgb_profile(VipsImage *in) {
    VipsImage *out = NULL;
    return vips_icc_transform(in, &out, "srgb", "input_profile", "srgb", NULL) ? NULL : out;
}

/// The mean of the bands of one pixel, for tests that look at where a corner went.
static inline int dossier_pixel_mean(VipsImage *in, int x, int y, double *mean) {
    double *vector = NULL;
    int n = 0;
    if (vips_getpoint(in, &vector, &n, x, y, NULL)) return -1;
    double sum = 0;
    for (int index = 0; index < n; index++) sum += vector[index];
    *mean = n > 0 ? sum / n : 0;
    g_free(vector);
    return 0;
}

static inline void dossier_unref(VipsImage *image) {
    g_object_unref(image);
}

static inline const char *dossier_error_text(void) {
    return vips_error_buffer();
}
