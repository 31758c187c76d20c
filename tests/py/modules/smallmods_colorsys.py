import colorsys
samples = [(0.0, 0.0, 0.0), (1.0, 1.0, 1.0), (1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0),
           (0.2, 0.4, 0.4), (0.9, 0.1, 0.5), (0.5, 0.5, 0.25), (0.3, 0.7, 0.9), (0.75, 0.6, 0.1),
           (0.123, 0.456, 0.789), (1.0, 0.5, 0.0), (0.5, 0.0, 1.0)]
for rgb in samples:
    yiq = colorsys.rgb_to_yiq(*rgb)
    hls = colorsys.rgb_to_hls(*rgb)
    hsv = colorsys.rgb_to_hsv(*rgb)
    print(rgb, yiq, colorsys.yiq_to_rgb(*yiq))
    print('  ', hls, colorsys.hls_to_rgb(*hls))
    print('  ', hsv, colorsys.hsv_to_rgb(*hsv))
for h in [0.0, 0.1, 0.2, 1 / 3, 0.4, 0.5, 0.6, 2 / 3, 0.7, 0.8, 0.9, 1.0, 1.5, -0.25]:
    print(h, colorsys.hsv_to_rgb(h, 0.5, 0.8), colorsys.hls_to_rgb(h, 0.3, 0.6),
          colorsys.hls_to_rgb(h, 0.7, 0.6))
print(colorsys.yiq_to_rgb(1.0, 1.0, 1.0), colorsys.yiq_to_rgb(0.0, -1.0, -1.0))
print(colorsys.rgb_to_hsv(2, 1, 0), colorsys.hsv_to_rgb(0.5, 0.0, 0.3), colorsys.hls_to_rgb(0.5, 0.4, 0.0))
print(colorsys.ONE_THIRD, colorsys.ONE_SIXTH, colorsys.TWO_THIRD, colorsys.__all__)
