// Which amounts in a remedy section the decision itself directs to be paid.
#include "extract/remedy_payments.hpp"

#include <catch2/catch.hpp>

using namespace ombud;

using Amounts = std::vector<Pence>;

TEST_CASE("amounts the decision directs to be paid", "[remedy-payments]") {
  CHECK(remedy_payments("- pay Mr B £250 for his distress.") == Amounts{25000});
  CHECK(remedy_payments("Make a symbolic payment of £1,000 to Ms C.") == Amounts{100000});
  CHECK(remedy_payments("pay her £2,000 for the delay, and a further £300 for her time.") ==
        Amounts{30000, 200000});
  CHECK(remedy_payments("refund the £75 fee Mr D paid to the bailiffs;") == Amounts{7500});
  CHECK(remedy_payments("reimburse the £42.50 he spent on bus fares.") == Amounts{4250});
  CHECK(remedy_payments("As previously agreed, pay Mrs E £300.") == Amounts{30000});
}

TEST_CASE("money offered or paid before the decision is history", "[remedy-payments]") {
  CHECK(remedy_payments("The Council has already paid Mr F £150.").empty());
  CHECK(remedy_payments("It previously offered £200 at stage one.").empty());
  CHECK(remedy_payments("pay the resident the £300 it offered at stage 2, if not already done.")
            .empty());
  CHECK(remedy_payments("pay her £400. This is on top of the £150 it refunded in May.") ==
        Amounts{40000});
  CHECK(remedy_payments("pay Mr G £500, in addition to the £100 the landlord has already paid.") ==
        Amounts{50000});
  CHECK(remedy_payments("This includes the £80 offered at stage 2.").empty());
  CHECK(remedy_payments("Its offer of £120 was not enough, so pay £220 instead.") ==
        Amounts{22000});
}

TEST_CASE("a remedy carried out is still the decision's remedy", "[remedy-payments]") {
  CHECK(remedy_payments("The Council has now apologised and paid Mr L £200.") == Amounts{20000});
  CHECK(remedy_payments("pay £100 for each month of the delay (£600 in total).") ==
        Amounts{10000, 60000});
  CHECK(remedy_payments("pay £200 for distress and £100 for delay (£300 in total).") ==
        Amounts{30000});
}

TEST_CASE("rates, bills and fees describe the case", "[remedy-payments]") {
  CHECK(remedy_payments("recalculate his benefit of £72 a week from April.").empty());
  CHECK(remedy_payments("cancel the council tax bill of £1,486.20 for last year;").empty());
  CHECK(remedy_payments("waive the £60 fee.").empty());
  CHECK(remedy_payments("pay £35 per hour").empty());
}

TEST_CASE("a stated total counts once", "[remedy-payments]") {
  CHECK(remedy_payments("Pay Ms H £900 compensation, made up of:\n"
                        "£600 for the damp;\n£300 for the complaint handling.") == Amounts{90000});
  CHECK(remedy_payments("pay £200 for distress and £100 for delay, a total of £300.") ==
        Amounts{30000});
  CHECK(remedy_payments("pay Mr J £1,250 (£250 a month for five months).") == Amounts{125000});
  // Parts that do not add up are separate payments.
  CHECK(remedy_payments("pay £500 made up of care costs, and £100 for his time.") ==
        Amounts{10000, 50000});
}

TEST_CASE("no amounts, no payments", "[remedy-payments]") {
  CHECK(remedy_payments("").empty());
  CHECK(remedy_payments("apologise to Mrs K.").empty());
}
