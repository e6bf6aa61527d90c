#!/usr/bin/env python3
# Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
"""Writes the statement fixtures of tests/core/StatementTest*.cpp into this folder.

Every name, account and order number here is made up. The files copy the shape of real exports
(preambles, padded cells, trailing commas, tab-suffixed order numbers, footers, BOMs, GB18030);
see README.md for what each holds. Run from anywhere: python3 make-fixtures.py
"""
import csv
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, text, encoding="utf-8", bom=False, newline="\n"):
    data = text.replace("\n", newline).encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


# --- Alipay app export (交易时间 … 交易订单号 商家订单号 备注), newest first ------------------------

ALIPAY_PREAMBLE = """------------------------------------------------------------------------------------
导出信息：
姓名：示例用户
支付宝账户：demo***@example.com
起始时间：[2026-10-01 00:00:00]    终止时间：[2026-11-22 23:59:59]
导出交易类型：[全部]
导出时间：[2026-11-23 08:00:00]
共14笔记录
收入：2笔 400.00元
支出：10笔 547.00元
不计收支：2笔 1045.50元

特别提示：
1.本回单内容可表明支付宝受理了相应支付交易申请，因系统原因或通讯故障等偶发因素导致本回单与实际交易结果不符时，以实际交易情况为准；
2.请勿将本回单作为收款方发货的凭据使用，请查证账户实际到账情况后再进行发货操作；
3.支付宝快捷支付等非余额支付方式可能既产生支付宝交易也同步产生银行交易，因此请勿使用本回单进行重复记账；
4.本回单如经任何涂改、编造，均立即失去效力；
5.部分账单如：充值提现、账户转存或者个人设置收支等不计入为收入或者支出，记为不计收支类；
6.因统计逻辑不同，明细金额直接累加后，可能会和下方统计金额不一致，请以实际交易金额为准；
7.禁止将本回单用于非法用途；
8.本明细仅展示当前账单中的交易，不包括已删除的记录；
9.本明细仅供个人对账使用。

------------------------支付宝（中国）网络技术有限公司  电子客户回单------------------------
"""

ALIPAY_HEADER = ["交易时间", "交易分类", "交易对方", "对方账号", "商品说明", "收/支", "金额",
                 "收/付款方式", "交易状态", "交易订单号", "商家订单号", "备注"]

ALIPAY_ROWS = [
    # time, category, counterparty, account, goods, in/out, amount, method, status, order, merchant order
    ("2026-11-22 21:15:09", "餐饮美食", "晨光咖啡(示例路店)", "chg***@example.com", "拿铁 大杯", "支出", "32.00", "余额", "交易成功", "2026112222001477770001", "T2026112221150900001"),
    ("2026-11-22 09:05:41", "日用百货", "示例优选超市", "/", "订单-日用品", "支出", "128.00", "招商银行储蓄卡(1234)", "交易成功", "2026112222001412345679", "M20261122090541001"),
    ("2026-11-22 09:04:10", "餐饮美食", "晨光咖啡(示例路店)", "chg***@example.com", "咖啡豆 礼盒", "支出", "128.00", "余额", "交易成功", "2026112222001477770002", "T2026112209041000002"),
    ("2026-11-22 09:03:05", "日用百货", "示例优选超市", "/", "订单-日用品", "支出", "128.00", "招商银行储蓄卡(1234)", "交易成功", "2026112222001412345678", "M20261122090305001"),
    ("2026-11-22 08:58:00", "日用百货", "示例优选超市", "/", "订单-日用品", "支出", "128.00", "招商银行储蓄卡(1234)", "交易关闭", "2026112222001412345670", "M20261122085800001"),
    ("2026-11-22 07:30:00", "文化休闲", "示例视频平台", "vip***@example.com", "会员自动续费", "支出", "25.00", "余额", "交易成功", "2026112222001455550002", ""),
    ("2026-11-20 12:00:00", "退款", "示例书店", "shu***@example.com", "退款-图书", "不计收支", "45.50", "余额", "退款成功", "2026112022001466660001_R1", "B2026112011550000001"),
    ("2026-11-20 11:55:00", "文化休闲", "示例书店", "shu***@example.com", "图书", "支出", "45.50", "余额", "交易成功", "2026112022001466660001", "B2026112011550000001"),
    ("2026-11-15 18:02:00", "转账红包", "李*明", "138****0000", "转账", "收入", "200.00", "余额", "交易成功", "2026111522001488880002", ""),
    ("2026-11-15 18:00:00", "转账红包", "李*明", "138****0000", "转账", "收入", "200.00", "余额", "交易成功", "2026111522001488880001", ""),
    ("2026-10-22 07:30:00", "文化休闲", "示例视频平台", "vip***@example.com", "会员自动续费", "支出", "25.00", "余额", "交易成功", "2026102222001455550001", ""),
    ("2026-10-05 19:40:00", "餐饮美食", "示例面馆", "/", "晚餐", "支出", "18.00", "余额", "交易成功", "2026100522001499990002", ""),
    ("2026-10-05 12:10:00", "餐饮美食", "示例面馆", "/", "午餐，加蛋", "支出", "18.00", "余额", "交易成功", "2026100522001499990001", ""),
    ("2026-10-01 10:00:00", "投资理财", "余额宝", "/", "转入", "不计收支", "1000.00", "余额", "交易成功", "20261001110070001122", ""),
]


def pad(cell, width):
    # Alipay pads cells to columns with spaces (counting a Chinese character as two).
    shown = sum(2 if ord(c) > 0x7F else 1 for c in cell)
    return cell + " " * max(1, width - shown)


def alipay_app():
    lines = [ALIPAY_PREAMBLE.rstrip("\n")]
    lines.append(",".join(pad(h, 20) for h in ALIPAY_HEADER) + ",")
    for r in ALIPAY_ROWS:
        cells = [pad(c, 20) for c in r[:9]]
        cells.append(r[9] + "\t")
        cells.append((r[10] or pad("", 20)) + "\t")
        cells.append(pad("", 20))
        lines.append(",".join(cells) + ",")
    return "\n".join(lines) + "\n"


# --- Alipay web export (支付宝交易记录明细查询) with its footer ------------------------------------

ALIPAY_WEB = """支付宝交易记录明细查询
账号:[demo***@example.com]
起始日期:[2026-09-01 00:00:00]    终止日期:[2026-10-01 00:00:00]
---------------------------------交易记录明细列表------------------------------------
交易号                  ,商家订单号               ,交易创建时间              ,付款时间                ,最近修改时间              ,交易来源地     ,类型              ,交易对方            ,商品名称                ,金额（元）   ,收/支     ,交易状态    ,服务费（元）   ,成功退款（元）  ,备注                  ,资金状态     ,
2026093022001411110001\t,S20260930131125\t,2026-09-30 13:11:25 ,2026-09-30 13:11:25 ,2026-09-30 13:11:25 ,其他（包括阿里巴巴和外部商家）,即时到账交易          ,示例快餐(高新店)     ,示例快餐(高新店)       ,27.00   ,支出      ,交易成功    ,0.00     ,0.00     ,                    ,已支出      ,
2026093022001411110002\t,S20260930131402\t,2026-09-30 13:14:02 ,2026-09-30 13:14:02 ,2026-09-30 13:14:02 ,其他（包括阿里巴巴和外部商家）,即时到账交易          ,示例快餐(高新店)     ,示例快餐(高新店)       ,27.00   ,支出      ,交易成功    ,0.00     ,0.00     ,                    ,已支出      ,
20260930200040011100000001 \t,                    \t,2026-09-30 05:26:50 ,                    ,2026-09-30 05:26:50 ,支付宝网站     ,即时到账交易          ,示例基金管理有限公司      ,余额宝-2026.09.29-收益发放 ,0.01    ,收入      ,交易成功    ,0.00     ,0.00     ,                    ,已收入      ,
2026092922001411110003\t,                    \t,2026-09-29 20:00:00 ,2026-09-29 20:00:00 ,2026-09-29 20:00:00 ,支付宝网站     ,转账              ,余额宝              ,余额宝-转入         ,500.00  ,          ,交易成功    ,0.00     ,0.00     ,                    ,资金转移     ,
------------------------------------------------------------------------------------
共4笔记录
已收入:1笔,0.01元
待收入:0笔,0.00元
已支出:2笔,54.00元
待支出:0笔,0.00元
导出时间:[2026-10-08 14:34:22]    用户:示例用户
"""

# --- WeChat Pay bill (微信支付账单明细) -------------------------------------------------------------

WECHAT = '''微信支付账单明细,,,,,,,,,,
微信昵称：[示例],,,,,,,,,,
起始时间：[2026-11-01 00:00:00] 终止时间：[2026-11-30 23:59:59],,,,,,,,,,
导出类型：[全部],,,,,,,,,,
导出时间：[2026-12-01 09:00:00],,,,,,,,,,
,,,,,,,,,,
共9笔记录,,,,,,,,,,
收入：2笔 34.82元,,,,,,,,,,
支出：6笔 119.32元,,,,,,,,,,
中性交易：1笔 100.10元,,,,,,,,,,
注：,,,,,,,,,,
1. 充值/提现/理财通购买/零钱通存取/信用卡还款等交易，将计入中性交易,,,,,,,,,,
2. 本明细仅展示当前账单中的交易，不包括已删除的记录,,,,,,,,,,
3. 本明细仅供个人对账使用,,,,,,,,,,
,,,,,,,,,,
----------------------微信支付账单明细列表--------------------,,,,,,,,,,
交易时间,交易类型,交易对方,商品,收/支,金额(元),支付方式,当前状态,交易单号,商户单号,备注
2026-11-23 13:10:00,退款,示例快餐(中心店),"套餐A",收入,¥28.16,零钱,已全额退款,4200001234202611231234567891_R\t,10001234567891\t,"/"
2026-11-23 12:46:02,商户消费,示例快餐(中心店),"套餐A",支出,¥28.16,零钱,支付成功,4200001234202611231234567891\t,10001234567891\t,"/"
2026-11-23 12:45:27,商户消费,示例快餐(中心店),"套餐A",支出,¥28.16,招商银行(1234),支付成功,4200001234202611231234567890\t,10001234567890\t,"/"
2026-11-22 20:00:00,微信红包,同事A,"/",收入,¥6.66,/,已存入零钱,1000039901202611220000000001\t,/\t,"/"
2026-11-22 09:00:00,扫二维码付款,示例水果店,收款方备注:二维码收款,支出,¥15.00,零钱,已转账,1000050001202611220000000003\t,/\t,"/"
2026-11-21 10:30:00,扫二维码付款,示例水果店,收款方备注:二维码收款,支出,¥15.00,零钱,已转账,1000050001202611210000000002\t,/\t,"/"
2026-11-21 10:00:00,扫二维码付款,示例水果店,收款方备注:二维码收款,支出,¥15.00,零钱,已转账,1000050001202611210000000001\t,/\t,"/"
2026-11-20 18:30:00,商户消费,示例拼团平台,"拼单,两人 ""家庭装""",支出,¥17.84,零钱,支付成功,4200001234202611201111111111\t,20261120183000001\t,"/"
2026-11-15 16:29:37,零钱提现,招商银行(1234),"/",/,¥100.10,招商银行,提现已到账,207211115100077148235523883175\t,/\t,"服务费¥0.10"
'''

# --- PayPal activity download ---------------------------------------------------------------------

PAYPAL_HEADER = ["Date", "Time", "TimeZone", "Name", "Type", "Status", "Currency", "Gross", "Fee",
                 "Net", "From Email Address", "To Email Address", "Transaction ID",
                 "Shipping Address", "Address Status", "Item Title", "Item ID",
                 "Shipping and Handling Amount", "Insurance Amount", "Sales Tax",
                 "Option 1 Name", "Option 1 Value", "Option 2 Name", "Option 2 Value",
                 "Reference Txn ID", "Invoice Number", "Custom Number", "Quantity", "Receipt ID",
                 "Balance", "Address Line 1", "Address Line 2/District/Neighborhood", "Town/City",
                 "State/Province/Region/County/Territory/Prefecture/Republic", "Zip/Postal Code",
                 "Country", "Contact Phone Number", "Subject", "Note", "Country Code",
                 "Balance Impact"]

ME = "me@example.com"
PAYPAL_ROWS = [
    # date, time, zone, name, type, status, currency, gross, to/from, txn, item, ref txn, note, impact
    ("10/02/2026", "08:15:00", "PDT", "Example Streaming Ltd", "PreApproved Payment Bill User Payment", "Completed", "USD", "-12.99", "billing@streaming.example", "0ZZ11111AA2222222", "Monthly plan", "", "", "Debit"),
    ("11/02/2026", "08:15:02", "PST", "Example Streaming Ltd", "PreApproved Payment Bill User Payment", "Completed", "USD", "-12.99", "billing@streaming.example", "1AB23456CD7890123", "Monthly plan", "", "", "Debit"),
    ("11/02/2026", "08:17:45", "PST", "Example Streaming Ltd", "PreApproved Payment Bill User Payment", "Completed", "USD", "-12.99", "billing@streaming.example", "2BC34567DE8901234", "Monthly plan", "", "", "Debit"),
    ("11/02/2026", "08:17:46", "PST", "", "General Card Deposit", "Completed", "USD", "12.99", "", "3CD45678EF9012345", "", "2BC34567DE8901234", "", "Credit"),
    ("11/05/2026", "10:00:00", "PST", "Example Streaming Ltd", "Payment Refund", "Completed", "USD", "12.99", "billing@streaming.example", "4DE56789FG0123456", "Monthly plan", "2BC34567DE8901234", "", "Credit"),
    ("11/10/2026", "14:30:00", "PST", "Smith, Jane", "Express Checkout Payment", "Completed", "USD", "-1,250.00", "jane.smith@example.net", "5EF67890GH1234567", "Vintage camera", "", "Thanks!\nSee you at the market", "Debit"),
    ("11/10/2026", "14:35:00", "PST", "Sample Gadgets Inc.", "Express Checkout Payment", "Completed", "USD", "-1,250.00", "sales@gadgets.example", "6FG78901HI2345678", "Laptop", "", "", "Debit"),
    ("11/12/2026", "09:00:00", "PST", "Example Hotel", "General Authorization", "Pending", "USD", "-30.00", "desk@hotel.example", "7GH89012IJ3456789", "", "", "", "Memo"),
    ("11/12/2026", "09:01:00", "PST", "Example Hotel", "General Authorization", "Pending", "USD", "-30.00", "desk@hotel.example", "8HI90123JK4567890", "", "", "", "Memo"),
    ("11/13/2026", "11:00:00", "PST", "Example Shop", "Express Checkout Payment", "Denied", "USD", "-45.00", "shop@example.org", "9IJ01234KL5678901", "Headphones", "", "", "Debit"),
    ("11/13/2026", "11:02:00", "PST", "Example Shop", "Express Checkout Payment", "Completed", "USD", "-45.00", "shop@example.org", "0JK12345LM6789012", "Headphones", "", "", "Debit"),
    ("11/14/2026", "16:00:00", "PST", "", "General Currency Conversion", "Completed", "USD", "-20.00", "", "1KL23456MN7890123", "", "", "", "Debit"),
    ("11/14/2026", "16:00:00", "PST", "", "General Currency Conversion", "Completed", "EUR", "18.50", "", "2LM34567NO8901234", "", "", "", "Credit"),
    ("11/20/2026", "19:45:10", "PST", "Example Bakery GmbH", "Express Checkout Payment", "Completed", "EUR", "-18.50", "shop@bakery.example", "3MN45678OP9012345", "Stollen", "", "", "Debit"),
]


def paypal():
    out = io.StringIO()
    w = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow(PAYPAL_HEADER)
    for (date, time, zone, name, typ, status, cur, gross, other, txn, item, ref, note, impact) in PAYPAL_ROWS:
        row = dict.fromkeys(PAYPAL_HEADER, "")
        outgoing = gross.startswith("-")
        row.update({"Date": date, "Time": time, "TimeZone": zone, "Name": name, "Type": typ,
                    "Status": status, "Currency": cur, "Gross": gross, "Fee": "0.00",
                    "Net": gross, "From Email Address": ME if outgoing else other,
                    "To Email Address": other if outgoing else ME, "Transaction ID": txn,
                    "Item Title": item, "Reference Txn ID": ref, "Note": note,
                    "Balance Impact": impact, "Quantity": "1" if item else "0"})
        w.writerow([row[h] for h in PAYPAL_HEADER])
    return out.getvalue()


# --- generic CSVs -----------------------------------------------------------------------------------

GENERIC_CN = """日期,时间,商户名称,金额,币种,订单号,状态,备注
2026/11/22,9:03,示例加油站,-58.00,人民币,GAS20261122090300,成功,92号汽油
2026/11/22,9:07,示例加油站,-58.00,人民币,GAS20261122090700,成功,92号汽油
2026/11/22,12:30,示例便利店,-12.50,人民币,CVS20261122123000,成功,
2026/11/23,8:00,示例公司,+3000.00,人民币,PAY20261123080000,成功,工资
2026/11/24,18:20,示例便利店,-12.50,人民币,CVS20261124182000,成功,
"""

GENERIC_SEMICOLON = """Date;Payee;Amount;Currency;Reference;Memo
22.11.2026 10:15;Coffee Corner;-4,50;EUR;R-1001;Cappuccino
22.11.2026 10:16;Coffee Corner;-4,50;EUR;R-1002;
23.11.2026 09:00;Employer AG;2.500,00;EUR;R-1003;Salary
"""

QUOTED = '''Time,Merchant,Amount,Currency,Reference,Note
2026-11-22 10:00:00,"Joe's Diner, Main St",12.50,USD,Q-1,"He said ""thanks"""

2026-11-22 11:00:00,Corner Shop,3.00,USD,Q-2,"two lines,
with a comma"


2026-11-22 12:00:00,"Book ""Nook""",7.25,USD,Q-3,
'''

MALFORMED = ",".join(ALIPAY_HEADER) + ",\n" + '''2026-11-22 09:00:00,餐饮美食,示例餐厅,/,早餐,支出,8.00,余额,交易成功,2026112222001400000001\t,,,
2026-11-22 09:10:00,餐饮美食,示例餐厅,/,早餐,支出,12.3.4,余额,交易成功,2026112222001400000002\t,,,

2026-13-45 25:00:00,餐饮美食,示例餐厅,/,早餐,支出,8.00,余额,交易成功,2026112222001400000003\t,,,
2026-11-22 09:30:00,餐饮美食,示例餐厅,分店,/,午餐,支出,20.00,余额,交易成功,2026112222001400000004\t,,不辣,
2026-11-22 10:00:00,餐饮美食,示例
2026-11-22 11:00:00,餐饮美食,"示例餐厅,/,午餐,支出,20.00,余额,交易成功,2026112222001400000005\t,,,
2026-11-22 11:30:00,餐饮美食,示例餐厅,/,"午餐 ""套餐""",支出,22.00,余额,交易成功,2026112222001400000006\t,,,
2026-11-22 12:00:00,餐饮美食,示例餐厅,/,午餐,支出,,余额,交易成功,2026112222001400000007\t,,,

2026-11-22 18:00:00,餐饮美食,示例餐厅,/,晚餐,支出,30.00,余额,交易成功,2026112222001400000008\t,,,
2026-11-22 19:00:00,餐饮美食,示例餐厅,/,"夜宵,支出,9.00,余额,交易成功,2026112222001400000009\t,,,
'''

NOT_A_STATEMENT = """Minutes of the garden club, 12 November 2026

We talked about the tulips, the new fence and who brings cake next time.
Decisions: buy two watering cans; meet again on 10 December.
"""

CONTACTS = """name,phone,city
Alice Example,555-0100,Springfield
Bob Example,555-0101,Shelbyville
"""


def huge_line():
    header = "time,merchant,amount,reference,note\n"
    good1 = "2026-11-22 10:00:00,Shop A,1.00,H-1,fine\n"
    huge = "2026-11-22 10:05:00,Shop B,2.00,H-2," + "x" * 100000 + "\n"
    good2 = "2026-11-22 10:10:00,Shop C,3.00,H-3,fine\n"
    return header + good1 + huge + good2


def main():
    write("alipay-app-gb18030.csv", alipay_app(), encoding="gb18030")
    write("alipay-app-utf8-bom.csv", alipay_app(), bom=True)
    write("alipay-app-utf8.csv", alipay_app())
    write("alipay-web-gb18030.csv", ALIPAY_WEB, encoding="gb18030")
    write("wechat-utf8-bom.csv", WECHAT, bom=True)
    write("wechat-gb18030.csv", WECHAT, encoding="gb18030")
    write("paypal-activity.csv", paypal(), bom=True)
    write("generic-cn.csv", GENERIC_CN)
    write("generic-semicolon.csv", GENERIC_SEMICOLON)
    write("quoted-fields.csv", QUOTED, newline="\r\n")
    write("malformed.csv", MALFORMED)
    write("not-a-statement.txt", NOT_A_STATEMENT)
    write("contacts.csv", CONTACTS)
    write("empty.csv", "")
    write("huge-line.csv", huge_line())


if __name__ == "__main__":
    main()
