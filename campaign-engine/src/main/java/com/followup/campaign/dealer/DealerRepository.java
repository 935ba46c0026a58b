package com.followup.campaign.dealer;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface DealerRepository extends CrudRepository<Dealer, String> {

  List<Dealer> findAllOrderByCode();
}
