package dev.ratchet.boot.compat.store;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CustomerRepository extends JpaRepository<Customer, Long> {

	List<Customer> findByPhone(String phone);

	List<Customer> findByPhoneIsNullOrderByPhoneAscNameAsc();

	@Query("select c from Customer c where c.address.postcode is null and c.loyaltyPoints = 0 order by c.since")
	List<Customer> findWithoutPostcode();

}
