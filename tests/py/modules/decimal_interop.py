# Decimal with fractions and statistics.
from decimal import Decimal as D, localcontext
from fractions import Fraction as F
import statistics as st

print(F(D('1.5')), F.from_decimal(D('-0.125')), F.from_decimal(3), F(D('1e-3')))
for x in (D('nan'), D('inf'), D('-inf')):
    for conv in (F, F.from_decimal):
        try:
            conv(x)
        except (ValueError, OverflowError) as e:
            print(type(e).__name__, e)
for bad in (1.5, '1'):
    try:
        F.from_decimal(bad)
    except TypeError as e:
        print('TypeError', e)
data = [D('1.5'), D('2.25'), D('3.5'), D('4')]
print(st.mean(data), st.median(data), st.variance(data), st.stdev(data))
print(st.pstdev(data), st.pvariance(data), st.fmean(data))
sample = [D(2), D(4), D(4), D(4), D(5), D(5), D(7), D(9)]
print(st.stdev(sample), st.pstdev(sample), st.variance(sample))
print(st.harmonic_mean(data), st.median_low(data), st.mode(data), st.quantiles(data))
with localcontext(prec=6):
    print(st.stdev(data), st.mean([D(1), D(2), D(2)]))
print(F(1, 3) < D('0.34'), F(1, 2) == D('0.5'), hash(F(1, 2)) == hash(D('0.5')))
try:
    st.mean([D(1), 1.5])
except TypeError as e:
    print('TypeError')  # the message names the two types in set order
