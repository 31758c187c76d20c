"""Order processing that ends with an uncaught exception deep in nested calls.
Checks the full traceback (chained exceptions, notes, carets) and exit status 1."""
import json
from dataclasses import dataclass, field


class ValidationError(Exception):
    pass


class PricingError(LookupError):
    pass


@dataclass
class Line:
    sku: str
    qty: int
    discount: float = 0.0


@dataclass
class Order:
    order_id: int
    customer: str
    lines: list = field(default_factory=list)

    @classmethod
    def from_json(cls, text):
        data = json.loads(text)
        return cls(data["id"], data["customer"], [Line(**ln) for ln in data["lines"]])


PRICES = {"A100": 12.5, "B200": 3.25, "C300": 99.0, "D400": 0.0}
TAX = {"NL": 0.21, "DE": 0.19}


def unit_price(sku):
    try:
        return PRICES[sku]
    except KeyError:
        raise PricingError(f"no price for {sku}")


def line_total(line):
    price = unit_price(line.sku)
    if line.qty <= 0:
        raise ValidationError(f"quantity must be positive: {line.qty}")
    return round(price * line.qty * (1 - line.discount), 2)


def margin_ratio(line):
    # deliberately fragile: free items have no margin
    return (unit_price(line.sku) - 1.0) / unit_price(line.sku)


def order_total(order, country):
    subtotal = sum(line_total(ln) for ln in order.lines)
    return round(subtotal * (1 + TAX[country]), 2)


def summarize(order):
    ratios = [margin_ratio(ln) for ln in order.lines]
    return sum(ratios) / len(ratios)


def process(orders, country):
    results = {}
    for order in orders:
        try:
            results[order.order_id] = order_total(order, country)
        except PricingError as exc:
            print(f"order {order.order_id}: skipped ({exc})")
        except ValidationError as exc:
            exc.add_note(f"while processing order {order.order_id} for {order.customer}")
            print(f"order {order.order_id}: invalid ({exc}; notes={exc.__notes__})")
    return results


def audit(orders):
    report = []
    for order in orders:
        try:
            report.append((order.order_id, round(summarize(order), 4)))
        except ZeroDivisionError as exc:
            raise RuntimeError(f"audit failed for order {order.order_id}") from exc
    return report


def main():
    raw = [
        '{"id": 1, "customer": "ann", "lines": [{"sku": "A100", "qty": 2}, {"sku": "B200", "qty": 4, "discount": 0.5}]}',
        '{"id": 2, "customer": "bob", "lines": [{"sku": "Z999", "qty": 1}]}',
        '{"id": 3, "customer": "cyd", "lines": [{"sku": "C300", "qty": 0}]}',
        '{"id": 4, "customer": "dan", "lines": [{"sku": "C300", "qty": 1, "discount": 0.1}]}',
        '{"id": 5, "customer": "eve", "lines": [{"sku": "A100", "qty": 1}, {"sku": "D400", "qty": 3}]}',
    ]
    orders = [Order.from_json(r) for r in raw]
    print(orders[0])
    totals = process(orders, "NL")
    print("totals:", totals)
    try:
        process(orders, "FR")
    except KeyError as exc:
        print("unknown country:", exc)
    try:
        Order.from_json('{"id": 9, "customer": "x", "lines": [{"sku": "A100"}]}')
    except TypeError as exc:
        print("TypeError:", exc)
    try:
        Order.from_json('{"id": 9}')
    except KeyError as exc:
        print("KeyError:", repr(exc))
    good = [o for o in orders if o.order_id in totals]
    print("audit:", audit(good))


if __name__ == "__main__":
    main()
